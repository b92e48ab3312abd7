"use client"

import { useActionState } from "react"
import { signInVendorAction } from "@/lib/actions/vendor-portal"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** The vendor sign-in made from an invitation (apart from any shop account). */
export default function VendorSignInForm({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(signInVendorAction, null)
  return (
    <form action={action} noValidate className={formClass} data-testid="vendor-sign-in-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state?.values?.email ?? ""} error={state?.errors?.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={state?.errors?.password} />
      <SubmitButton pendingText="Signing in…" testId="vendor-sign-in-submit">
        Sign in
      </SubmitButton>
    </form>
  )
}
