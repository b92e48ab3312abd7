"use client"

import { useActionState } from "react"
import { askForPasswordReset } from "@/lib/actions/account"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

export default function ForgotPasswordForm({ countryCode, email }: { countryCode: string; email?: string }) {
  const [state, action] = useActionState(askForPasswordReset, null)
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="forgot-heading" data-testid="forgot-password-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <TextField
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
