"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useVisitor } from "@/modules/account/hooks/use-visitor"

/**
 * "Already enrolled? Sign in", for a visitor who is signed out, on a page
 * cached for everyone: the sign-in brings them back to this very page.
 * Nothing shows until the session has been read, nor for a signed-in reader.
 */
export default function SignInToContinue({ countryCode, lead = "Already enrolled?" }: { countryCode: string; lead?: string }) {
  const visitor = useVisitor()
  const pathname = usePathname()
  if (!visitor || visitor.customer) return null
  return (
    <>
      {" "}
      {lead}{" "}
      <Link href={`/${countryCode}/account/login?${new URLSearchParams({ next: pathname })}`} data-testid="sign-in-to-continue">
        Sign in
      </Link>
      .
    </>
  )
}
