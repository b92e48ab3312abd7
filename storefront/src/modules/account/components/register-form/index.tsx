"use client"

import { useActionState } from "react"
import { register } from "@/lib/actions/account"
import { MIN_PASSWORD_LENGTH } from "@/lib/actions/account-input"
import TextField, { FieldRow, formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

export default function RegisterForm({ countryCode, next }: { countryCode: string; next?: string }) {
  const [state, action] = useActionState(register, null)
  const errors = state?.errors ?? {}
  const values = state?.values ?? {}
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="register-heading" data-testid="register-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage state={state} />
      <FieldRow>
        <TextField name="first_name" label="First name" autoComplete="given-name" required defaultValue={values.first_name} error={errors.first_name} />
        <TextField name="last_name" label="Last name" autoComplete="family-name" required defaultValue={values.last_name} error={errors.last_name} />
      </FieldRow>
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={values.email} error={errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <SubmitButton pendingText="Creating your account…" testId="register-submit">
        Create account
      </SubmitButton>
    </form>
  )
}
