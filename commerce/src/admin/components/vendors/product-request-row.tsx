import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { productRequestsApi, type AdminProductRequest } from "../../lib/product-requests-api"
import { FieldError } from "../community/field-error"

const STATUS_COLOUR = { pending: "orange", approved: "green", rejected: "grey" } as const
const money = (prices: Record<string, number> | undefined) =>
  prices ? Object.entries(prices).map(([cc, amount]) => `${cc.toUpperCase()} ${amount.toLocaleString()}`).join(" · ") : "—"

/** Before and after: a new product's variants and prices as they are now, or each changed variant's old and proposed prices. */
const Diff = ({ request }: { request: AdminProductRequest }) => {
  const variants = request.product?.variants ?? []
  if (request.kind === "new") {
    return (
      <ul className="mt-1">
        <li><Text size="small" className="text-ui-fg-subtle">Before: not in the shop</Text></li>
        {variants.map((v) => (
          <li key={v.id}><Text size="small">After: {v.title} — {money(v.prices)}</Text></li>
        ))}
      </ul>
    )
  }
  return (
    <ul className="mt-1">
      {Object.entries(request.proposed.prices ?? {}).map(([id, after]) => (
        <li key={id}>
          <Text size="small">
            {variants.find((v) => v.id === id)?.title ?? id}: <span className="line-through">{money(request.previous?.prices?.[id])}</span> → <strong>{money(after)}</strong>
          </Text>
        </li>
      ))}
    </ul>
  )
}

/** One vendor product change: what it is, the diff, and Approve or Reject (with a reason) while it waits. */
export const ProductRequestRow = ({ request, onDone }: { request: AdminProductRequest; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const act = async (action: "approve" | "reject") => {
    setError(null)
    if (action === "reject" && !reason.trim()) return setError("Write a reason first: the vendor sees it beside the product.")
    setBusy(true)
    try {
      await productRequestsApi(`/${request.id}/${action}`, { method: "POST", body: action === "approve" ? {} : { reason } })
      setReason("")
      onDone()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const inputId = `request-reason-${request.id}`
  return (
    <Table.Row data-testid="product-request-row">
      <Table.Cell className="max-w-md align-top">
        <Text weight="plus">{request.product?.title ?? "(product deleted)"}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {request.kind === "new" ? "New product" : "Price change"} from {request.vendor.name} · {new Date(request.created_at).toLocaleString()}
        </Text>
        {request.kind === "new" && request.product?.description && <Text size="small" className="whitespace-pre-line">{request.product.description}</Text>}
        <Diff request={request} />
      </Table.Cell>
      <Table.Cell className="align-top">
        <Badge size="2xsmall" color={STATUS_COLOUR[request.status]}>{request.status}</Badge>
        {request.reason && <Text size="small" className="text-ui-fg-subtle">“{request.reason}”</Text>}
      </Table.Cell>
      <Table.Cell className="align-top">
        {request.status === "pending" && (
          <>
            <Label htmlFor={inputId}>Reason (for a rejection)</Label>
            <Input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why" aria-invalid={!!error} />
            <div className="mt-2 flex gap-2">
              <Button size="small" disabled={busy} onClick={() => act("approve")}>Approve</Button>
              <Button size="small" disabled={busy} variant="danger" onClick={() => act("reject")}>Reject</Button>
            </div>
          </>
        )}
        <FieldError id={`${inputId}-error`} message={error} />
      </Table.Cell>
    </Table.Row>
  )
}
