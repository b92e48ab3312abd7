import type { Metadata } from "next"
import Link from "next/link"
import ResetPasswordForm from "@/modules/account/components/reset-password-form"

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ token?: string; email?: string }> }

/** Opened from the emailed link (`?token=…&email=…`). */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const [{ countryCode }, { token, email }] = await Promise.all([params, searchParams])
  const complete = typeof token === "string" && token && typeof email === "string" && email
  return (
    <section aria-labelledby="reset-heading">
      <h1 id="reset-heading">Choose a new password</h1>
      {complete ? (
        <>
          <p>
            For <strong>{email}</strong>.
          </p>
          <ResetPasswordForm countryCode={countryCode} token={token} email={email} />
        </>
      ) : (
        <p role="alert" className="notice" data-testid="reset-link-incomplete">
          This reset link is incomplete. Copy the whole link from the email, or{" "}
          <Link href={`/${countryCode}/account/forgot-password`}>ask for a new one</Link>.
        </p>
      )}
      <p>
        <Link href={`/${countryCode}/account/forgot-password`}>Ask for a new link</Link>
      </p>
    </section>
  )
}
