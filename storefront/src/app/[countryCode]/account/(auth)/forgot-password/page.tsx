import type { Metadata } from "next"
import Link from "next/link"
import ForgotPasswordForm from "@/modules/account/components/forgot-password-form"

export const metadata: Metadata = { title: "Reset your password" }

export default async function ForgotPasswordPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  return (
    <section aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">Reset your password</h1>
      <p>Enter the email address you registered with and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm countryCode={countryCode} />
      <p>
        <Link href={`/${countryCode}/account/login`}>Back to sign in</Link>
      </p>
    </section>
  )
}
