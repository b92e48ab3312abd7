import type { Metadata } from "next"
import ConfirmAccountDeletion from "@/modules/account/templates/confirm-account-deletion"

export const metadata: Metadata = { title: "Delete your account", referrer: "no-referrer", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ token?: string | string[] }> }

/**
 * Where an account deletion email's link lands (`?token=`). Opening it deletes
 * nothing (mail scanners open links): the reader presses "Delete my account",
 * a server action POSTs the token, signs this browser out and goes on to
 * `/{cc}/account/delete/done`.
 */
export default async function ConfirmAccountDeletionPage({ params, searchParams }: Props) {
  const [{ countryCode }, { token }] = await Promise.all([params, searchParams])
  return <ConfirmAccountDeletion countryCode={countryCode} token={typeof token === "string" ? token : ""} />
}
