"use client"

import Link from "next/link"
import { useActionState } from "react"
import { saveCheckoutEmail } from "@/lib/actions/checkout"
import TextField, { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** Checkout's first step: where the confirmation goes (the account's address for a signed-in reader). */
export default function EmailForm({ countryCode, email, signedIn }: { countryCode: string; email: string; signedIn: boolean }) {
  const [state, action] = useActionState(saveCheckoutEmail, null)
  return (
    <form action={action} noValidate className={formClass} data-testid="checkout-email-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      {!signedIn && (
        <p>
          Have an account?{" "}
          <Link href={`/${countryCode}/account/login?${new URLSearchParams({ next: `/${countryCode}/checkout` })}`} data-testid="checkout-sign-in">
            Sign in
          </Link>{" "}
          to use your saved addresses and keep your ebooks in your library.
        </p>
      )}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        hint="Your order confirmation is sent here."
        defaultValue={state?.values?.email ?? email}
        error={state?.errors?.email}
      />
      <SubmitButton pendingText="Saving…" testId="checkout-email-submit">
        Continue
      </SubmitButton>
    </form>
  )
}
