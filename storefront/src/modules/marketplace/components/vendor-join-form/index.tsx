"use client"

import Link from "next/link"
import { useActionState } from "react"
import { acceptVendorInvitationAction } from "@/lib/actions/vendor-invitation"
import Alert from "@/modules/common/components/alert"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** The invited email and a password: the vendor sign-in this invitation is accepted with. */
export default function VendorJoinForm({ token, countryCode }: { token: string; countryCode: string }) {
  const [state, action] = useActionState(acceptVendorInvitationAction, null)
  if (state?.ok) {
    return (
      <Alert tone="success" testId="vendor-join-done">
        {state.message} <Link href={`/${countryCode}/vendor`}>Sign in to your vendor portal</Link>.
      </Alert>
    )
  }
  return (
    <form action={action} noValidate className={formClass} data-testid="vendor-join-form">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextField
        name="email"
        label="Email"
        hint="The address the invitation was sent to"
        type="email"
        autoComplete="email"
        required
        defaultValue={state?.values?.email ?? ""}
        error={state?.errors?.email}
      />
      <TextField
        name="password"
        label="Password"
        hint="At least 8 characters. If this email already has a sign-in here, use its password."
        type="password"
        autoComplete="new-password"
        required
        error={state?.errors?.password}
      />
      <SubmitButton pendingText="Joining…" testId="vendor-join-submit">
        Accept the invitation
      </SubmitButton>
    </form>
  )
}
