"use client"

import { useActionState, useId } from "react"
import { subscribeToNewsletter } from "@/lib/actions/newsletter"
import Alert from "@/modules/common/components/alert"
import Card from "@/modules/common/components/card"
import { Input } from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

/** The newsletter sign-up block; works without JavaScript too (a plain form post). */
export default function NewsletterForm({ heading, text, index }: { heading: string; text?: string | null; index: number }) {
  const [state, action] = useActionState(subscribeToNewsletter, null)
  const inputId = useId()
  const headingId = `newsletter-heading-${index}`
  return (
    <Card as="section" aria-labelledby={headingId} className={styles.card} data-testid="newsletter-signup">
      <div>
        <h2 id={headingId} className={styles.heading}>
          {heading}
        </h2>
        {text && <p className={styles.text}>{text}</p>}
      </div>
      <form action={action} className={styles.form}>
        <label htmlFor={inputId} className={styles.label}>
          Email address
        </label>
        <div className={styles.controls}>
          <Input id={inputId} name="email" type="email" autoComplete="email" required maxLength={254} />
          <SubmitButton pendingText="Signing up…" testId="newsletter-submit">
            Sign up
          </SubmitButton>
        </div>
      </form>
      {state?.message && (
        <Alert tone={state.ok ? "success" : "error"} as="p" testId="newsletter-message">
          {state.message}
        </Alert>
      )}
    </Card>
  )
}
