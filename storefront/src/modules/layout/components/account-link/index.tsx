"use client"

import Link from "next/link"
import { useVisitor } from "@/modules/account/hooks/use-visitor"

/**
 * "Account" for a signed-in visitor, "Sign in" otherwise. Until the session
 * has been read it shows "Account": the account page sends a visitor who is
 * not signed in to the sign-in form anyway.
 */
export default function AccountLink({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  const signedOut = visitor !== null && !visitor.customer
  return signedOut ? (
    <Link href={`/${countryCode}/account/login`} data-testid="account-link" data-state="signed-out" prefetch={false}>
      Sign in
    </Link>
  ) : (
    <Link href={`/${countryCode}/account`} data-testid="account-link" data-state={visitor ? "signed-in" : "unknown"} prefetch={false}>
      Account
    </Link>
  )
}
