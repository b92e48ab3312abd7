import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { reviewsApi, type AdminReview } from "../../lib/reviews-api"
import { FieldError } from "../community/field-error"

const stars = (n: number) => "★".repeat(n) + "☆".repeat(5 - n)

/** One review: the words (plain text, printed as text), who wrote it, and Hide (with a reason kept on the review) or Show. */
export const ReviewRow = ({ review, onDone }: { review: AdminReview; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const act = async (action: "hide" | "show") => {
    setError(null)
    if (action === "hide" && !reason.trim()) return setError("Write a reason first: it is kept with the review.")
    try {
      await reviewsApi(`/${review.id}/${action}`, { method: "POST", body: action === "hide" ? { reason } : {} })
      setReason("")
      onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const inputId = `reason-${review.id}`
  return (
    <Table.Row>
      <Table.Cell className="max-w-md align-top">
        <Text weight="plus">
          <span aria-label={`${review.rating} out of 5 stars`}>{stars(review.rating)}</span> {review.title ?? ""}
        </Text>
        <Text size="small" className="whitespace-pre-line">{review.body}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {review.product?.title ?? "—"} · {review.customer?.email ?? "—"} · {new Date(review.created_at).toLocaleString()}
        </Text>
      </Table.Cell>
      <Table.Cell className="align-top">
        <Badge size="2xsmall" color={review.status === "hidden" ? "red" : "green"}>{review.status}</Badge>
        {review.hidden_at && (
          <Text size="small" className="text-ui-fg-subtle">
            {review.status === "hidden" ? "Hidden" : "Was hidden"}: “{review.hidden_reason}” by {review.hidden_by_email ?? review.hidden_by},{" "}
            {new Date(review.hidden_at).toLocaleString()}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="align-top">
        {review.status === "visible" ? (
          <>
            <Label htmlFor={inputId}>Reason (kept with the review)</Label>
            <Input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why" aria-invalid={!!error} />
            <Button className="mt-2" size="small" variant="danger" onClick={() => act("hide")}>Hide</Button>
          </>
        ) : (
          <Button size="small" variant="secondary" onClick={() => act("show")}>Show</Button>
        )}
        <FieldError id={`${inputId}-error`} message={error} />
      </Table.Cell>
    </Table.Row>
  )
}
