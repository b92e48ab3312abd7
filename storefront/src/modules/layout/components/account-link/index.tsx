"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useVisitor } from "@/modules/account/hooks/use-visitor"
import styles from "./styles.module.css"

/** The sign-in form, bringing the reader back to this page afterwards (the account pages return to the account anyway). */
const signInHref = (countryCode: string, pathname: string | null) =>
  pathname && !/^\/[a-z]{2}\/account(\/|$)/.test(pathname)
    ? `/${countryCode}/account/login?${new URLSearchParams({ next: pathname })}`
    : `/${countryCode}/account/login`

/**
 * "Account" for a signed-in visitor, "Sign in" otherwise. Until the session
 * has been read it is a blank of the same width, so the header neither
 * shows the wrong word nor jumps when the right one arrives.
 */
export default function AccountLink({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  const pathname = usePathname()
  if (!visitor) return <span className={`${styles.link} ${styles.pending}`} aria-hidden="true" data-testid="account-link-pending" />
  const signedIn = !!visitor.customer
  return (
    <Link
      href={signedIn ? `/${countryCode}/account` : signInHref(countryCode, pathname)}
      className={styles.link}
      data-testid="account-link"
      data-state={signedIn ? "signed-in" : "signed-out"}
      prefetch={false}
    >
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" className={styles.icon}>
        <circle cx="10" cy="7" r="3.5" />
        <path d="M3.5 17c.8-3.2 3.4-5 6.5-5s5.7 1.8 6.5 5" />
      </svg>
      {signedIn ? "Account" : "Sign in"}
    </Link>
  )
}
