import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listAddressCountries, listAddresses, requireCustomer } from "@/lib/data/customer"
import AddressForm from "@/modules/account/components/address-form"

export const metadata: Metadata = { title: "Edit an address" }

type Params = Promise<{ countryCode: string; addressId: string }>

export default async function EditAddressPage({ params }: { params: Params }) {
  const { countryCode, addressId } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/addresses`)
  // Looked up among the customer's own addresses, so another customer's id finds nothing.
  const [addresses, countries] = await Promise.all([listAddresses(), listAddressCountries()])
  const address = addresses.find((a) => a.id === addressId)
  if (!address) notFound()
  return (
    <section aria-labelledby="address-heading">
      <h1 id="address-heading">Edit an address</h1>
      <AddressForm countryCode={countryCode} countries={countries} address={address} />
    </section>
  )
}
