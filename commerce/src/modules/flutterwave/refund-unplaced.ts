import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { env, flutterwaveEnabled } from "../../lib/env"
import { FlutterwaveClient } from "./client"
import { wasUnconfirmedLately } from "./unconfirmed"

export const FLUTTERWAVE_PROVIDER_ID = "pp_flutterwave_flutterwave"

type Session = { id: string; provider_id: string; data?: { tx_ref?: string } | null; payment?: { id: string } | null }

/**
 * Flutterwave's part of the compensation of a cart completion that failed
 * (src/workflows/hooks/refund-paystack-on-failed-completion.ts): a paid
 * Flutterwave payment behind a cart that has no order and no Medusa payment
 * is refunded in full, once, never retried (a lost answer is logged for staff).
 * Flutterwave keeps reporting a refunded charge as successful; the provider
 * refuses to authorize a charge with refunds, so the cart stays payable with
 * a new payment and never becomes an order on refunded money.
 */
export async function refundUnplacedFlutterwavePayments(container: MedusaContainer, cartId: string, sessions: Session[]): Promise<void> {
  const paid = sessions.filter((s) => s?.provider_id === FLUTTERWAVE_PROVIDER_ID && !s.payment && s.data?.tx_ref)
  if (!paid.length || !flutterwaveEnabled()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const flutterwave = new FlutterwaveClient(env.FLUTTERWAVE_SECRET_KEY!, env.FLUTTERWAVE_API_URL, env.FLUTTERWAVE_TIMEOUT_MS)
  for (const session of paid) {
    const txRef = session.data!.tx_ref!
    // Completion failed because Flutterwave could not confirm this payment just now, not because the cart cannot be sold.
    if (wasUnconfirmedLately(txRef)) continue
    try {
      const transaction = await flutterwave.verifyByReference(txRef)
      if (transaction?.status !== "successful") continue
      const refund = await flutterwave.createRefund(transaction.id, {
        amount: transaction.amount,
        comments: `Cart ${cartId} could not be completed; payment session ${session.id}`,
      })
      logger.warn(
        `Refunded Flutterwave payment ${txRef} in full (${refund.amount_refunded} ${transaction.currency}, refund ${refund.id}): cart ${cartId} could not become an order`
      )
    } catch (e) {
      logger.error(`Could not refund Flutterwave payment ${txRef} after cart ${cartId} failed to complete: ${(e as Error).message}`)
    }
  }
}
