import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { retrieveEmailVerification } from "@/lib/data/email-verification"
import AccountOverview from "@/modules/account/templates/account-overview"

export const metadata: Metadata = { title: "Your account" }

export default async function AccountPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account`)
  const emailVerification = await retrieveEmailVerification().catch(() => null)
  return <AccountOverview customer={customer} countryCode={countryCode} emailVerification={emailVerification} />
}
