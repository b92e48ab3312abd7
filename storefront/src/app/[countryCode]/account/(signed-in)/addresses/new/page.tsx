import type { Metadata } from "next"
import { listAddressCountries, requireCustomer } from "@/lib/data/customer"
import AddressForm from "@/modules/account/components/address-form"

export const metadata: Metadata = { title: "Add an address" }

export default async function NewAddressPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/addresses/new`)
  const countries = await listAddressCountries()
  return (
    <section aria-labelledby="address-heading">
      <h1 id="address-heading">Add an address</h1>
      <AddressForm countryCode={countryCode} countries={countries} />
    </section>
  )
}
