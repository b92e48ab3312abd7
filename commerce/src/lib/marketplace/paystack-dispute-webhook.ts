import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readPaystackDispute, type PaystackDisputeData } from "../../modules/marketplace/lib/disputes"
import { isPaystackSignatureValid } from "../../modules/paystack/webhook"
import { openChargebackDisputeWorkflow, resolveChargebackDisputeWorkflow } from "../../workflows/marketplace/disputes/paystack-chargeback"
import { env } from "../env"

const DISPUTE_EVENTS = new Set(["charge.dispute.create", "charge.dispute.remind", "charge.dispute.resolve"])

/** Whether a webhook to /hooks/payment/:provider is one of Paystack's chargeback events, handled here rather than by the payment module. */
export function isPaystackDisputeWebhook(provider: string, body: unknown): boolean {
  const event = (body as { event?: unknown } | null)?.event
  return provider === "paystack_paystack" && typeof event === "string" && DISPUTE_EVENTS.has(event)
}

/**
 * Paystack's chargeback webhooks (`charge.dispute.create`, `.remind`,
 * `.resolve`): signed like every Paystack webhook (x-paystack-signature, the
 * HMAC-SHA512 of the raw body, compared in constant time), so a bad or
 * missing signature is a 401 and nothing is done. A create (or a reminder of
 * one we missed) opens a chargeback dispute on the order its transaction
 * paid; a resolve logs Paystack's outcome. Both are idempotent, so
 * Paystack's redeliveries change nothing; an error answers 500 so Paystack
 * delivers again.
 */
export async function handlePaystackDisputeWebhook(req: MedusaRequest, res: MedusaResponse) {
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!rawBody || !isPaystackSignatureValid(rawBody, req.headers["x-paystack-signature"], env.PAYSTACK_SECRET_KEY)) {
    return res.status(401).json({ type: "unauthorized", message: "Bad or missing x-paystack-signature" })
  }
  const body = req.body as { event: string; data?: PaystackDisputeData }
  const dispute = readPaystackDispute(body.data)
  if (!dispute) return res.status(400).json({ type: "invalid_data", message: "data must be a Paystack dispute with an id and its transaction's reference" })
  if (body.event === "charge.dispute.resolve") {
    const { result } = await resolveChargebackDisputeWorkflow(req.scope).run({
      input: {
        paystack_dispute_id: dispute.paystack_dispute_id,
        resolution: dispute.resolution ?? dispute.status ?? "resolved",
        message: dispute.message,
        data: { status: dispute.status, refund_amount: dispute.refund_amount, currency: dispute.currency },
      },
    })
    return res.json({ received: true, dispute_id: result?.dispute_id ?? null })
  }
  const { result } = await openChargebackDisputeWorkflow(req.scope).run({
    input: {
      paystack_dispute_id: dispute.paystack_dispute_id,
      reference: dispute.reference,
      refund_amount: dispute.refund_amount,
      currency: dispute.currency,
      status: dispute.status,
      category: dispute.category,
      message: dispute.message,
    },
  })
  res.json({ received: true, dispute_id: result?.dispute_id ?? null })
}
