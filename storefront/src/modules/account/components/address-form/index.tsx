"use client"

import type { HttpTypes } from "@medusajs/types"
import { useActionState } from "react"
import { saveAddress } from "@/lib/actions/account"
import AddressFields, { type CountryOption } from "@/modules/account/components/address-fields"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

export type { CountryOption }

type Props = {
  countryCode: string
  countries: CountryOption[]
  address?: HttpTypes.StoreCustomerAddress
}

/** Adds an address, or edits `address` when one is given. */
export default function AddressForm({ countryCode, countries, address }: Props) {
  const [state, action] = useActionState(saveAddress, null)
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="address-heading" data-testid="address-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      {address && <input type="hidden" name="addressId" value={address.id} />}
      <FormMessage state={state} />
      <AddressFields countries={countries} defaultCountry={countryCode} values={state?.values ?? address ?? {}} errors={state?.errors ?? {}} />
      <SubmitButton pendingText="Saving…" testId="address-submit">
        {address ? "Save address" : "Add address"}
      </SubmitButton>
    </form>
  )
}
