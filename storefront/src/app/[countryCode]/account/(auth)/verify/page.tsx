import type { Metadata } from "next"
import { unstable_rethrow } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { verifyEmailByToken } from "@/lib/data/email-verification"
import { toBackendError } from "@/lib/util/errors"
import VerifyEmailResult, { type VerifyOutcome } from "@/modules/account/templates/verify-email"

export const metadata: Metadata = { title: "Verify your email", referrer: "no-referrer" }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ token?: string | string[] }> }

/** What commerce says of the link: verified, expired (410), or not a link it signed (403). */
async function follow(token: unknown): Promise<VerifyOutcome> {
  if (typeof token !== "string" || !token) return { kind: "invalid" }
  try {
    const { email } = await verifyEmailByToken(token)
    return { kind: "verified", email }
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 410) return { kind: "expired", message }
    if (status === 403 || status === 400) return { kind: "invalid" }
    console.error(`[email-verification] following a link: commerce answered ${status ?? "nothing"}: ${message}`)
    return { kind: "unavailable" }
  }
}

/** Where a verification email's link lands (`?token=`): commerce checks it and records the email as verified. */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const [{ countryCode }, { token }] = await Promise.all([params, searchParams])
  const [outcome, session] = await Promise.all([follow(token), getAuthToken()])
  return <VerifyEmailResult countryCode={countryCode} outcome={outcome} signedIn={!!session} />
}
