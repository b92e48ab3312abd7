import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { vendorsApi, type AdminVendor } from "../../lib/vendors-api"
import { FieldError } from "../community/field-error"

const STATUS_COLOUR = { pending: "orange", approved: "green", rejected: "grey", suspended: "red" } as const

/** What staff may do to a vendor in each status (the server enforces the same). */
const ACTIONS: Record<AdminVendor["status"], ("approve" | "reject" | "suspend")[]> = {
  pending: ["approve", "reject"],
  approved: ["suspend"],
  suspended: ["approve"],
  rejected: [],
}

/** One vendor or application: who, how they are paid, its status and why, and the decisions open to staff. */
export const VendorRow = ({ vendor, onDone }: { vendor: AdminVendor; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const act = async (action: "approve" | "reject" | "suspend") => {
    setError(null)
    if (action !== "approve" && !reason.trim()) return setError("Write a reason first: it is emailed to the vendor and kept in its log.")
    setBusy(true)
    try {
      await vendorsApi(`/${vendor.id}/${action}`, { method: "POST", body: action === "approve" ? {} : { reason } })
      setReason("")
      onDone()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const actions = ACTIONS[vendor.status]
  const inputId = `vendor-reason-${vendor.id}`
  return (
    <Table.Row>
      <Table.Cell className="max-w-md align-top">
        <Text weight="plus">{vendor.name}</Text>
        <Text size="small" className="whitespace-pre-line">{vendor.bio}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {vendor.contact_email}
          {vendor.contact_phone ? ` · ${vendor.contact_phone}` : ""} · applied {new Date(vendor.created_at).toLocaleString()}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Bank {vendor.settlement_bank_code}, account {vendor.settlement_account_number} · commission {vendor.effective_commission_rate}%
          {vendor.paystack_subaccount_code ? ` · Paystack ${vendor.paystack_subaccount_code}` : ""}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {vendor.members.map((m) => `${m.email} (${m.role}${m.joined ? "" : ", invited"})`).join(", ")}
        </Text>
      </Table.Cell>
      <Table.Cell className="align-top">
        <Badge size="2xsmall" color={STATUS_COLOUR[vendor.status]}>{vendor.status}</Badge>
        {vendor.decided_at && (
          <Text size="small" className="text-ui-fg-subtle">
            {vendor.status_reason ? `“${vendor.status_reason}” · ` : ""}
            {new Date(vendor.decided_at).toLocaleString()}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="align-top">
        {actions.some((a) => a !== "approve") && (
          <>
            <Label htmlFor={inputId}>Reason (emailed and logged)</Label>
            <Input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why" aria-invalid={!!error} />
          </>
        )}
        <div className="mt-2 flex gap-2">
          {actions.map((action) => (
            <Button key={action} size="small" disabled={busy} variant={action === "approve" ? "primary" : "danger"} onClick={() => act(action)}>
              {{ approve: "Approve", reject: "Reject", suspend: "Suspend" }[action]}
            </Button>
          ))}
        </div>
        <FieldError id={`${inputId}-error`} message={error} />
      </Table.Cell>
    </Table.Row>
  )
}
