"use client"

import Link from "next/link"
import { useActionState } from "react"
import { signIn } from "@/lib/actions/account"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

export default function LoginForm({ countryCode, next }: { countryCode: string; next?: string }) {
  const [state, action] = useActionState(signIn, null)
  const errors = state?.errors ?? {}
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="login-heading" data-testid="login-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state?.values?.email} error={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
      <p>
        <Link href={`/${countryCode}/account/forgot-password`}>Forgotten your password?</Link>
      </p>
      <SubmitButton pendingText="Signing in…" testId="login-submit">
        Sign in
      </SubmitButton>
    </form>
  )
}
