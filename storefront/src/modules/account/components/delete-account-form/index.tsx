"use client"

import { useActionState } from "react"
import { removeAccount, requestDeletionLink } from "@/lib/actions/account-security"
import TextField, { CheckboxField, formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

const WHAT_HAPPENS = (
  <p>
    Your profile, addresses, wishlist, back-in-stock requests, private calendar link and newsletter subscription are deleted, RSVPs to
    events still to come are cancelled, your name comes off every RSVP, and you are signed out everywhere. Orders stay on record for
    the shop&apos;s books without your name, email or address, and your community posts stay, signed &ldquo;Former member&rdquo;. This
    cannot be undone; download your data first if you want a copy.
  </p>
)

/**
 * "Delete my account": says what goes and what stays, and asks for the
 * password and a tick; an account without a password (made by Google
 * sign-in) is emailed a link instead, whose page asks once more.
 */
export default function DeleteAccountForm({ countryCode, confirmBy = "password" }: { countryCode: string; confirmBy?: "password" | "email" }) {
  return confirmBy === "email" ? <DeleteByEmailLink countryCode={countryCode} /> : <DeleteByPassword countryCode={countryCode} />
}

function DeleteByPassword({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(removeAccount, null)
  const errors = state?.errors ?? {}
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="delete-heading" data-testid="delete-account-form">
      <h2 id="delete-heading">Delete my account</h2>
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      {WHAT_HAPPENS}
      <TextField name="password" label="Your password" type="password" autoComplete="current-password" required error={errors.password} />
      <CheckboxField name="confirm_delete" label="I understand my account will be deleted for good." />
      <SubmitButton pendingText="Deleting…" testId="delete-account-submit" variant="danger">
        Delete my account
      </SubmitButton>
    </form>
  )
}

function DeleteByEmailLink({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(requestDeletionLink, null)
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="delete-heading" data-testid="delete-account-form" data-confirm-by="email">
      <h2 id="delete-heading">Delete my account</h2>
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      {WHAT_HAPPENS}
      <p>Your account signs in with Google and has no password, so we confirm it is you by email: the link opens a page where you delete the account.</p>
      <SubmitButton pendingText="Sending…" testId="delete-account-email-link" variant="danger">
        Email me a link to confirm
      </SubmitButton>
    </form>
  )
}
