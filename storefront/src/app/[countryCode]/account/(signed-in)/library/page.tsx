import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { listLibrary } from "@/lib/data/library"
import Library from "@/modules/account/templates/library"

export const metadata: Metadata = { title: "Your library" }

export default async function LibraryPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/library`)
  const items = await listLibrary()
  return <Library items={items} countryCode={countryCode} />
}
