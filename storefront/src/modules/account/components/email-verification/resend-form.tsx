"use client"

import { useActionState } from "react"
import { resendVerificationEmail } from "@/lib/actions/email-verification"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

/** "Resend verification email": one button; the answer (sent, or how long to wait) shows above it. */
export default function ResendVerificationForm({ countryCode, variant = "secondary" }: { countryCode: string; variant?: "primary" | "secondary" }) {
  const [state, action] = useActionState(resendVerificationEmail, null)
  return (
    <form action={action} className={styles.resend} data-testid="resend-verification-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Sending…" testId="resend-verification" variant={variant}>
        Resend verification email
      </SubmitButton>
    </form>
  )
}
