import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { safeReturnPath, withReturnPath } from "@/lib/actions/account-input"
import { retrieveCurrentCustomer } from "@/lib/data/customer"
import { googleSignInOffered } from "@/lib/data/google-sign-in"
import GoogleSignIn from "@/modules/account/components/google-sign-in"
import LoginForm from "@/modules/account/components/login-form"

export const metadata: Metadata = { title: "Sign in" }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ next?: string; reset?: string; signed_out?: string; deleted?: string; google?: string }> }

export default async function LoginPage({ params, searchParams }: Props) {
  const [{ countryCode }, { next, reset, signed_out, deleted, google }] = await Promise.all([params, searchParams])
  if (await retrieveCurrentCustomer()) redirect(safeReturnPath(next, countryCode))
  return (
    <section aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in</h1>
      {reset === "1" && (
        <p role="status" className="notice" data-testid="reset-done">
          Your password has been changed. Sign in with the new one.
        </p>
      )}
      {signed_out === "everywhere" && (
        <p role="status" className="notice" data-testid="signed-out-everywhere">
          You have been signed out on every device. Sign in again to continue here.
        </p>
      )}
      {deleted === "1" && (
        <p role="status" className="notice" data-testid="account-deleted">
          Your account has been deleted. Orders stay on record for the shop&apos;s books, without your name, email or address.
        </p>
      )}
      {googleSignInOffered() && <GoogleSignIn countryCode={countryCode} next={typeof next === "string" ? next : undefined} failure={typeof google === "string" ? google : undefined} />}
      <LoginForm countryCode={countryCode} next={typeof next === "string" ? next : undefined} />
      <p>
        New here? <Link href={withReturnPath(`/${countryCode}/account/register`, next, countryCode)}>Create an account</Link>
      </p>
    </section>
  )
}
