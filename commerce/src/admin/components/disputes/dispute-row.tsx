import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { disputesApi, formatKobo, type AdminDispute } from "../../lib/disputes-api"
import { FieldError } from "../community/field-error"
import { DisputeLog } from "./dispute-log"

const STATUS_COLOUR = { open: "orange", vendor_answered: "blue", refunded: "green", partially_refunded: "green", closed: "grey" } as const
const REASONS = { not_received: "Not received", damaged: "Damaged", not_as_described: "Not as described", chargeback: "Chargeback" }

/** One dispute: the line and who sells it, its log, and (while undecided) Refund — all, or the amount given — and Close with a note. */
export const DisputeRow = ({ dispute, onDone }: { dispute: AdminDispute; onDone: () => void }) => {
  const [note, setNote] = useState("")
  const [amount, setAmount] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const undecided = dispute.status === "open" || dispute.status === "vendor_answered"
  const decide = async (decision: "refund" | "close") => {
    setError(null)
    if (!note.trim()) return setError("Write a note first: it is emailed to the buyer and the vendor and kept in the log.")
    const naira = amount.trim() ? Number(amount) : null
    if (decision === "refund" && naira !== null && !(naira > 0)) return setError("Write the amount to refund in naira, or leave it empty to refund the whole line.")
    setBusy(true)
    try {
      const body = { decision, note, ...(decision === "refund" && naira !== null ? { amount: Math.round(naira * 100) } : {}) }
      await disputesApi(`/${dispute.id}/decide`, { method: "POST", body })
      onDone()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const id = `dispute-${dispute.id}`
  return (
    <Table.Row>
      <Table.Cell className="max-w-md align-top">
        <Text weight="plus">
          {dispute.line_title ?? "The whole order"} · order #{dispute.order_display_id ?? dispute.order_id}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {REASONS[dispute.reason]} · {dispute.vendor ? `sold by ${dispute.vendor.name}` : "the shop's own"} · {dispute.email}
          {dispute.line_total !== null ? ` · line ${formatKobo(Math.round(dispute.line_total * 100), dispute.currency_code)}` : ""}
          {dispute.paystack_dispute_id ? ` · Paystack dispute ${dispute.paystack_dispute_id}${dispute.paystack_resolution ? ` (${dispute.paystack_resolution})` : ""}` : ""}
        </Text>
        <DisputeLog dispute={dispute} />
      </Table.Cell>
      <Table.Cell className="align-top">
        <Badge size="2xsmall" color={STATUS_COLOUR[dispute.status]}>{dispute.status.replace("_", " ")}</Badge>
        {dispute.refunded_amount > 0 && <Text size="small">Refunded {formatKobo(dispute.refunded_amount, dispute.currency_code)}</Text>}
      </Table.Cell>
      <Table.Cell className="align-top">
        {undecided && (
          <>
            <Label htmlFor={`${id}-note`}>Note (emailed and logged)</Label>
            <Input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why" aria-invalid={!!error} />
            <Label htmlFor={`${id}-amount`}>Refund (naira; empty: the whole line)</Label>
            <Input id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="e.g. 2500" />
            <div className="mt-2 flex gap-2">
              <Button size="small" disabled={busy} onClick={() => decide("refund")}>Refund</Button>
              <Button size="small" variant="secondary" disabled={busy} onClick={() => decide("close")}>Close</Button>
            </div>
            <FieldError id={`${id}-error`} message={error} />
          </>
        )}
      </Table.Cell>
    </Table.Row>
  )
}
