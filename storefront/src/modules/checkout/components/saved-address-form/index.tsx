"use client"

import { useActionState } from "react"
import { deliverToSavedAddress } from "@/lib/actions/checkout"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** "Deliver here" for one address of the reader's address book. */
export default function SavedAddressForm({ countryCode, addressId, label }: { countryCode: string; addressId: string; label: string }) {
  const [state, action] = useActionState(deliverToSavedAddress, null)
  return (
    <form action={action}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="addressId" value={addressId} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…" testId="use-saved-address" label={`Deliver to ${label}`} variant="secondary">
        Deliver here
      </SubmitButton>
    </form>
  )
}
