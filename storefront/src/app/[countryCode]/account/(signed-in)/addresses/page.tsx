import type { Metadata } from "next"
import { listAddresses, requireCustomer } from "@/lib/data/customer"
import AddressBook from "@/modules/account/templates/address-book"

export const metadata: Metadata = { title: "Your addresses" }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ saved?: string }> }

export default async function AddressesPage({ params, searchParams }: Props) {
  const [{ countryCode }, { saved }] = await Promise.all([params, searchParams])
  await requireCustomer(countryCode, `/${countryCode}/account/addresses`)
  const addresses = await listAddresses()
  return <AddressBook addresses={addresses} countryCode={countryCode} saved={saved === "1"} />
}
