import type { Metadata } from "next"
import { AccountDeleted } from "@/modules/account/templates/confirm-account-deletion"

export const metadata: Metadata = { title: "Your account is deleted", robots: { index: false, follow: false } }

/** Where confirming an emailed deletion link ends, the browser signed out. */
export default async function AccountDeletedPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  return <AccountDeleted countryCode={countryCode} />
}
