import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../lib/env"
import { PaystackClient } from "../../modules/paystack/client"
import { wasUnconfirmedLately } from "../../modules/paystack/unconfirmed"
import { refundUnplacedFlutterwavePayments } from "../../modules/flutterwave/refund-unplaced"
import { guardCompletion, releaseCompletionGuard } from "../../lib/checkout/completion-guard"

const PAYSTACK_PROVIDER_ID = "pp_paystack_paystack"

type PaystackSession = { id: string; provider_id: string; data?: { reference?: string } | null; payment?: { id: string } | null }

/**
 * Paystack charges the shopper before Medusa completes the cart, and Medusa
 * authorizes the payment only as completion's last step. When completion
 * fails before that (the last copy sold to someone else meanwhile), Medusa
 * has no payment to revert and the shopper's money would stay at Paystack
 * with no order. This hook's compensation runs whenever completion fails:
 * a paid Paystack transaction behind a cart that has no order and no Medusa
 * payment is refunded in full, once. (A payment Medusa did record is
 * reverted by Medusa's own compensation, so it is left alone here.)
 *
 * Once refunded Paystack reports the transaction `reversed`, so it can never
 * authorize an order later: the cart stays open and payable again.
 *
 * The same hook first takes the cart's turn for its scarce stock and limited
 * codes (lib/checkout/completion-guard.ts): a cart refused there (the last
 * copy or use went to another) fails here, before any order exists, and this
 * compensation refunds it like any other.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const held = await guardCompletion(container, cart.id, { cart_id: cart.id })
    return new StepResponse(undefined, { cart_id: cart.id, guard_keys: held.keys })
  },
  async (compensation, { container }) => {
    if (!compensation?.cart_id) return
    const { cart_id } = compensation
    if (compensation.guard_keys?.length) await releaseCompletionGuard(container, cart_id, compensation.guard_keys)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

    // A concurrent completion (the webhook, or the shopper's return) placed the order: it keeps its payment.
    const { data: orders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id } })
    if (orders.length) return

    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "payment_collection.payment_sessions.id",
        "payment_collection.payment_sessions.provider_id",
        "payment_collection.payment_sessions.data",
        "payment_collection.payment_sessions.payment.id",
      ],
      filters: { id: cart_id },
    })
    // Flutterwave's paid sessions get the same full refund, once (one handler per hook, so it is called from here).
    await refundUnplacedFlutterwavePayments(container, cart_id, (carts[0]?.payment_collection?.payment_sessions ?? []) as never)
    const sessions = ((carts[0]?.payment_collection?.payment_sessions ?? []) as PaystackSession[]).filter(
      (s) => s?.provider_id === PAYSTACK_PROVIDER_ID && !s.payment && s.data?.reference
    )
    if (!sessions.length) return

    const paystack = new PaystackClient(env.PAYSTACK_SECRET_KEY, env.PAYSTACK_API_URL, env.PAYSTACK_TIMEOUT_MS)
    for (const session of sessions) {
      const reference = session.data!.reference!
      // Completion failed because Paystack could not confirm this payment just now, not because the cart cannot be sold.
      if (wasUnconfirmedLately(reference)) continue
      try {
        const transaction = await paystack.verifyTransaction(reference)
        if (transaction.status !== "success") continue
        // Sent once, never retried: a lost answer is logged for staff to check.
        const refund = await paystack.createRefund({
          transaction: reference,
          amount: transaction.amount,
          merchant_note: `Cart ${cart_id} could not be completed; payment session ${session.id}`,
        })
        logger.warn(
          `Refunded Paystack transaction ${reference} in full (${refund.amount} ${refund.currency}, refund ${refund.id}): cart ${cart_id} could not become an order`
        )
      } catch (e) {
        logger.error(`Could not refund Paystack transaction ${reference} after cart ${cart_id} failed to complete: ${(e as Error).message}`)
      }
    }
  }
)
