"use client"

import { useActionState } from "react"
import { setNewPassword } from "@/lib/actions/account"
import { MIN_PASSWORD_LENGTH } from "@/lib/actions/account-input"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** The form behind the emailed link; the token and email come from the link itself. */
export default function ResetPasswordForm({ countryCode, token, email }: { countryCode: string; token: string; email: string }) {
  const [state, action] = useActionState(setNewPassword, null)
  const errors = state?.errors ?? {}
  const problem = errors.token ?? errors.email
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="reset-heading" data-testid="reset-password-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <FormMessage state={problem ? { ok: false, message: problem } : state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <TextField name="confirm" label="New password again" type="password" autoComplete="new-password" required error={errors.confirm} />
      <SubmitButton pendingText="Saving…" testId="reset-password-submit">
        Set new password
      </SubmitButton>
    </form>
  )
}
