"use client"

import { useActionState } from "react"
import { removeAddress } from "@/lib/actions/account"

/** Deletes one address; its label names the address, since a list holds several "Delete" buttons. */
export default function DeleteAddressForm({ countryCode, addressId, label }: { countryCode: string; addressId: string; label: string }) {
  const [state, action, pending] = useActionState(removeAddress, null)
  return (
    <form action={action}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="addressId" value={addressId} />
      <button type="submit" disabled={pending} aria-label={`Delete the address ${label}`} data-testid="delete-address">
        {pending ? "Deleting…" : "Delete"}
      </button>
      {state?.ok === false && <p role="alert">{state.message}</p>}
    </form>
  )
}
