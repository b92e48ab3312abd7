import type { Metadata } from "next"
import ConfirmAccountDeletion from "@/modules/account/templates/confirm-account-deletion"

export const metadata: Metadata = { title: "Delete your account", referrer: "no-referrer", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ token?: string | string[]; deleted?: string | string[] }> }

/**
 * Where an account deletion email's link lands (`?token=`). Opening it deletes
 * nothing (mail scanners open links): the reader presses "Delete my account",
 * a server action POSTs the token, and the page comes back with `?deleted=1`.
 */
export default async function ConfirmAccountDeletionPage({ params, searchParams }: Props) {
  const [{ countryCode }, { token, deleted }] = await Promise.all([params, searchParams])
  return <ConfirmAccountDeletion countryCode={countryCode} token={typeof token === "string" ? token : ""} deleted={deleted === "1"} />
}
