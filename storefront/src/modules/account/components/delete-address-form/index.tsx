"use client"

import { useActionState } from "react"
import { removeAddress } from "@/lib/actions/account"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"

/** Deletes one address; its label names the address, since a list holds several "Delete" buttons. */
export default function DeleteAddressForm({ countryCode, addressId, label }: { countryCode: string; addressId: string; label: string }) {
  const [state, action, pending] = useActionState(removeAddress, null)
  return (
    <form action={action}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="addressId" value={addressId} />
      <Button
        type="submit"
        variant="quiet"
        size="sm"
        pending={pending}
        pendingText="Deleting…"
        aria-label={`Delete the address ${label}`}
        data-testid="delete-address"
      >
        Delete
      </Button>
      {state?.ok === false && (
        <Alert tone="error" as="p">
          {state.message}
        </Alert>
      )}
    </form>
  )
}
