"use client"

import { useActionState } from "react"
import { updatePassword } from "@/lib/actions/account-security"
import { MIN_PASSWORD_LENGTH } from "@/lib/actions/account-input"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** The profile's "Change password": the fields empty again after each try, as password fields should. */
export default function ChangePasswordForm({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(updatePassword, null)
  const errors = state?.errors ?? {}
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="password-heading" data-testid="change-password-form">
      <h2 id="password-heading">Change password</h2>
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <TextField name="current_password" label="Current password" type="password" autoComplete="current-password" required error={errors.current_password} />
      <TextField
        name="new_password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.new_password}
      />
      <TextField name="confirm" label="New password again" type="password" autoComplete="new-password" required error={errors.confirm} />
      <SubmitButton pendingText="Changing…" testId="change-password-submit" variant="secondary">
        Change password
      </SubmitButton>
    </form>
  )
}
