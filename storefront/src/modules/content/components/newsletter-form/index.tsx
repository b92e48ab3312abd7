"use client"

import { useActionState, useId } from "react"
import { subscribeToNewsletter } from "@/lib/actions/newsletter"
import SubmitButton from "@/modules/account/components/submit-button"

/** The newsletter sign-up block; works without JavaScript too (a plain form post). */
export default function NewsletterForm({ heading, text, index }: { heading: string; text?: string | null; index: number }) {
  const [state, action] = useActionState(subscribeToNewsletter, null)
  const inputId = useId()
  const headingId = `newsletter-heading-${index}`
  return (
    <section aria-labelledby={headingId} className="notice" data-testid="newsletter-signup">
      <h2 id={headingId}>{heading}</h2>
      {text && <p>{text}</p>}
      <form action={action} className="inline-form">
        <label htmlFor={inputId}>Email address</label>
        <input id={inputId} name="email" type="email" autoComplete="email" required maxLength={254} />
        <SubmitButton pendingText="Signing up…" testId="newsletter-submit">
          Sign up
        </SubmitButton>
      </form>
      {state?.message && (
        <p role={state.ok ? "status" : "alert"} data-testid="newsletter-message">
          {state.message}
        </p>
      )}
    </section>
  )
}
