import type { ReactNode } from "react"
import { requireCustomer } from "@/lib/data/customer"
import AccountShell from "@/modules/account/templates/account-shell"

// Each page checks the session too: a layout is not re-rendered on every navigation.
export default async function SignedInLayout({ children, params }: { children: ReactNode; params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  await requireCustomer(countryCode)
  return <AccountShell countryCode={countryCode}>{children}</AccountShell>
}
