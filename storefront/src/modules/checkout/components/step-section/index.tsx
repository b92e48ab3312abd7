import Link from "next/link"
import type { ReactNode } from "react"
import type { CheckoutStep } from "@/lib/util/checkout"
import styles from "./styles.module.css"

type Props = {
  step: CheckoutStep
  number: number
  title: string
  state: "done" | "current" | "todo"
  /** What was chosen, shown once the step is done. */
  summary?: ReactNode
  changeHref?: string
  /** Says what "Change" changes, for screen readers. */
  changeLabel?: string
  children?: ReactNode
}

/** One checkout step: its form while it is current, what was chosen once done, only its title before. */
export default function StepSection({ step, number, title, state, summary, changeHref, changeLabel, children }: Props) {
  const headingId = `step-${step}-heading`
  return (
    <section aria-labelledby={headingId} className={styles.step} data-testid={`step-${step}`} data-state={state}>
      <h2 id={headingId} className={styles.heading}>
        <span aria-hidden="true" className={styles.number}>
          {number}
        </span>
        {title}
        {state === "done" && <span className="visually-hidden"> (done)</span>}
      </h2>
      {state === "done" && (
        <div className={styles.summary}>
          <div data-testid={`step-${step}-summary`}>{summary}</div>
          {changeHref && (
            <Link href={changeHref} aria-label={changeLabel} data-testid={`change-${step}`} prefetch={false}>
              Change
            </Link>
          )}
        </div>
      )}
      {state === "current" && children}
    </section>
  )
}
