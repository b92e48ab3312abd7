"use client"

import { useEffect } from "react"
import { Button } from "@/modules/common/components/button"
import PageContainer from "@/modules/common/components/page-container"
import styles from "./styles.module.css"

type Props = { title: string; children: string; error: Error & { digest?: string }; reset: () => void; testId?: string }

/** What a segment's error.tsx shows: what could not load, that nothing is lost, and "Try again". */
export default function ErrorState({ title, children, error, reset, testId }: Props) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <PageContainer width="narrow">
      <div role="alert" className={styles.error} data-testid={testId}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.text}>{children}</p>
        <Button onClick={reset}>Try again</Button>
      </div>
    </PageContainer>
  )
}
