import { MedusaError } from "@medusajs/framework/utils"
import { sameAmount } from "./amounts"
import { isFlutterwaveUnavailable, type FlutterwaveClient, type FlutterwaveRefund } from "./client"

type RefundedSession = {
  tx_ref: string
  currency: string
  flutterwave_transaction_id: number
  /** When the transaction was made: refunds of it are not older. */
  paid_at?: string | null
  /** The Flutterwave refunds Medusa has recorded for this payment. */
  refunds?: { id: number; amount: number }[]
}

/**
 * A refund of `amount` (major units) that reached Flutterwave but was never
 * recorded here: its answer was lost (a timeout, a dropped connection, a
 * 5xx after acting). Flutterwave takes no idempotency key for v3 refunds, so
 * its list of refunds, read from the day the transaction was paid, is the
 * only way to know.
 */
async function unrecordedRefund(client: FlutterwaveClient, session: RefundedSession, amount: number): Promise<FlutterwaveRefund | undefined> {
  const recorded = new Set((session.refunds ?? []).map((r) => r.id))
  const from = session.paid_at ? new Date(session.paid_at) : new Date(Date.now() - 366 * 86_400_000)
  const refunds = await client.listRefunds({ from, to: new Date(Date.now() + 86_400_000) })
  return refunds.find(
    (r) => r.tx_id === session.flutterwave_transaction_id && !recorded.has(r.id) && sameAmount(r.amount_refunded, amount) && r.status !== "failed"
  )
}

/**
 * Refunds `amount` at most once. A refund found at Flutterwave that Medusa
 * has not recorded (an earlier attempt whose answer was lost) is taken as
 * this one instead of sending another. When Flutterwave does not confirm a
 * refund and it cannot be found yet, staff get an error that says trying
 * again is safe: the retry looks for it first.
 */
export async function refundOnce(client: FlutterwaveClient, session: RefundedSession, amount: number): Promise<FlutterwaveRefund> {
  const earlier = await unrecordedRefund(client, session, amount).catch((error) => {
    if (!isFlutterwaveUnavailable(error)) throw error
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Flutterwave is not answering (${error.reason}), so no refund was sent for ${session.tx_ref}. Try again later.`
    )
  })
  if (earlier) return earlier
  try {
    return await client.createRefund(session.flutterwave_transaction_id, { amount, comments: `Refund of ${session.tx_ref}` })
  } catch (error) {
    if (!isFlutterwaveUnavailable(error)) throw error
    const reached = await unrecordedRefund(client, session, amount).catch(() => undefined)
    if (reached) return reached
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Flutterwave could not be reached for the refund of ${amount} ${session.currency} on ${session.tx_ref} (${error.reason}). ` +
        `It may still go through at Flutterwave, and nothing was recorded here: trying the refund again is safe, ` +
        `since it first looks for this refund at Flutterwave and never sends it twice.`
    )
  }
}
