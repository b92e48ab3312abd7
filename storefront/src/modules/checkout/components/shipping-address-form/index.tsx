"use client"

import { useActionState } from "react"
import { saveShippingAddress } from "@/lib/actions/checkout"
import AddressFields, { type AddressValues, type CountryOption } from "@/modules/account/components/address-fields"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

type Props = { countryCode: string; countries: CountryOption[]; address: AddressValues; labelledBy: string }

/** Where print copies go; the countries offered are those of the cart's region. */
export default function ShippingAddressForm({ countryCode, countries, address, labelledBy }: Props) {
  const [state, action] = useActionState(saveShippingAddress, null)
  const defaultCountry = countries.some((c) => c.code === countryCode) ? countryCode : (countries[0]?.code ?? "")
  return (
    <form action={action} noValidate className={formClass} aria-labelledby={labelledBy} data-testid="shipping-address-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <AddressFields countries={countries} defaultCountry={defaultCountry} values={state?.values ?? address} errors={state?.errors ?? {}} />
      <SubmitButton pendingText="Saving…" testId="shipping-address-submit">
        Deliver to this address
      </SubmitButton>
    </form>
  )
}
