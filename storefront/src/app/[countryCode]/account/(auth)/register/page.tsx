import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { safeReturnPath, withReturnPath } from "@/lib/actions/account-input"
import { retrieveCurrentCustomer } from "@/lib/data/customer"
import { googleSignInOffered } from "@/lib/data/google-sign-in"
import GoogleSignIn from "@/modules/account/components/google-sign-in"
import RegisterForm from "@/modules/account/components/register-form"

export const metadata: Metadata = { title: "Create an account" }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ next?: string }> }

export default async function RegisterPage({ params, searchParams }: Props) {
  const [{ countryCode }, { next }] = await Promise.all([params, searchParams])
  if (await retrieveCurrentCustomer()) redirect(safeReturnPath(next, countryCode))
  return (
    <section aria-labelledby="register-heading">
      <h1 id="register-heading">Create an account</h1>
      {googleSignInOffered() && <GoogleSignIn countryCode={countryCode} next={typeof next === "string" ? next : undefined} />}
      <RegisterForm countryCode={countryCode} next={typeof next === "string" ? next : undefined} />
      <p>
        Already have an account? <Link href={withReturnPath(`/${countryCode}/account/login`, next, countryCode)}>Sign in</Link>
      </p>
    </section>
  )
}
