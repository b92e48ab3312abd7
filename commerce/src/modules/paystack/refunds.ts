import { MedusaError } from "@medusajs/framework/utils"
import { isPaystackUnavailable, type PaystackClient, type PaystackRefund } from "./client"

type RefundedSession = {
  reference: string
  currency: string
  paystack_transaction_id?: number
  /** The Paystack refunds Medusa has recorded for this payment. */
  refunds?: { id: number; amount: number }[]
}

/**
 * A refund of `amount` subunits that reached Paystack but was never recorded
 * here: its answer was lost (a timeout, a dropped connection, a 5xx after
 * acting). Paystack takes no idempotency key for refunds, so its list of the
 * transaction's refunds is the only way to know.
 */
async function unrecordedRefund(client: PaystackClient, session: RefundedSession, amount: number): Promise<PaystackRefund | undefined> {
  const recorded = new Set((session.refunds ?? []).map((r) => r.id))
  // Paystack lists refunds by transaction id; a session recorded before it was paid knows only the reference.
  const transactionId = session.paystack_transaction_id ?? (await client.verifyTransaction(session.reference)).id
  const refunds = await client.listRefunds(transactionId)
  return refunds.find((r) => !recorded.has(r.id) && r.amount === amount && r.status !== "failed")
}

/**
 * Refunds `amount` subunits at most once. A refund found at Paystack that
 * Medusa has not recorded (an earlier attempt whose answer was lost) is taken
 * as this one instead of sending another. When Paystack does not confirm a
 * refund and it cannot be found yet, staff get an error that says trying
 * again is safe: the retry looks for it first.
 */
export async function refundOnce(client: PaystackClient, session: RefundedSession, amount: number): Promise<PaystackRefund> {
  const earlier = await unrecordedRefund(client, session, amount).catch((error) => {
    if (!isPaystackUnavailable(error)) throw error
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Paystack is not answering (${error.reason}), so no refund was sent for ${session.reference}. Try again later.`
    )
  })
  if (earlier) return earlier
  try {
    return await client.createRefund({ transaction: session.reference, amount })
  } catch (error) {
    if (!isPaystackUnavailable(error)) throw error
    const reached = await unrecordedRefund(client, session, amount).catch(() => undefined)
    if (reached) return reached
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Paystack could not be reached for POST /refund of ${amount} ${session.currency} subunits on ${session.reference} (${error.reason}). ` +
        `It may still go through at Paystack, and nothing was recorded here: trying the refund again is safe, ` +
        `since it first looks for this refund at Paystack and never sends it twice.`
    )
  }
}
