"use client"

import { useActionState } from "react"
import { askForPasswordReset } from "@/lib/actions/account"
import FormField from "@/modules/account/components/form-field"
import styles from "@/modules/account/components/form-field/styles.module.css"
import FormMessage from "@/modules/account/components/form-message"
import SubmitButton from "@/modules/account/components/submit-button"

export default function ForgotPasswordForm({ countryCode, email }: { countryCode: string; email?: string }) {
  const [state, action] = useActionState(askForPasswordReset, null)
  return (
    <form action={action} noValidate className={styles.form} aria-labelledby="forgot-heading" data-testid="forgot-password-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state?.values?.email ?? email}
        error={state?.errors?.email}
      />
      <SubmitButton pendingText="Sending…" testId="forgot-password-submit">
        Send me a reset link
      </SubmitButton>
    </form>
  )
}
