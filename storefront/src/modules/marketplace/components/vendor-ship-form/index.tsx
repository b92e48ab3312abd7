"use client"

import { useActionState } from "react"
import { shipVendorLinesAction } from "@/lib/actions/vendor-orders"
import { shipQuantityField } from "@/lib/actions/vendor-shipment-input"
import type { VendorOrderLine } from "@/lib/data/vendor-orders"
import TextField, { FieldRow, formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** "Mark shipped": how many copies of each print line left still to send go in this parcel, and its tracking. */
export default function VendorShipForm({ orderId, lines, countryCode }: { orderId: string; lines: VendorOrderLine[]; countryCode: string }) {
  const [state, action] = useActionState(shipVendorLinesAction, null)
  const e = state?.errors ?? {}
  // After a shipment the page re-renders with what is left: the fields start from that, not from what was typed.
  const v = state?.ok ? {} : (state?.values ?? {})
  return (
    <form action={action} noValidate className={formClass} data-testid="vendor-ship-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormMessage state={state} />
      {lines.map((line) => {
        const name = shipQuantityField(line.id)
        return (
          <TextField
            key={line.id}
            name={name}
            label={`${line.title}${line.variant ? ` (${line.variant})` : ""}: copies in this parcel`}
            hint={`${line.left_to_ship} of ${line.quantity} still to ship`}
            inputMode="numeric"
            defaultValue={v[name] ?? String(line.left_to_ship)}
            error={e[name]}
          />
        )
      })}
      <FieldRow>
        <TextField name="tracking_number" label="Tracking number (optional)" maxLength={100} autoComplete="off" defaultValue={v.tracking_number ?? ""} error={e.tracking_number} />
        <TextField name="carrier" label="Carrier (optional)" maxLength={100} placeholder="GIG Logistics" defaultValue={v.carrier ?? ""} error={e.carrier} />
      </FieldRow>
      <SubmitButton pendingText="Marking shipped…" testId="vendor-ship-submit">
        Mark shipped
      </SubmitButton>
    </form>
  )
}
