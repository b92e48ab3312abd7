import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cartRecoveryUrl, createCartRecoveryToken, marketingEmailHeaders, unsubscribeUrl } from "../../lib/lifecycle/links"
import { claimAbandonedCartsStep, type ClaimAbandonedCartsInput } from "./steps/claim-abandoned-carts"
import { findOptedOutAtCmsStep } from "./steps/find-opted-out-at-cms"

export const sendAbandonedCartRemindersWorkflowId = "send-abandoned-cart-reminders"
export const ABANDONED_CART_TEMPLATE = "abandoned-cart"

/**
 * One reminder per abandoned cart, with a signed link that brings the same
 * cart back in any browser, an unsubscribe link and the one-click
 * List-Unsubscribe headers; none to an address the cms says opted out (its
 * claim stays: that cart is settled, and cannot crowd later batches). `now`
 * is the run's time (the job's scheduled time; a test's moved clock).
 */
export const sendAbandonedCartRemindersWorkflow = createWorkflow(
  sendAbandonedCartRemindersWorkflowId,
  (input: ClaimAbandonedCartsInput) => {
    const claimed = claimAbandonedCartsStep(input)
    const optedOut = findOptedOutAtCmsStep(transform({ claimed }, ({ claimed }) => claimed.map((cart) => cart.email)))
    const carts = transform({ claimed, optedOut }, ({ claimed, optedOut }) =>
      claimed.filter((cart) => !optedOut.includes(cart.email.toLowerCase()))
    )
    const notifications = transform({ carts, input }, ({ carts, input }) => {
      const now = new Date(input.now).getTime()
      return carts.map((cart) => ({
        to: cart.email,
        channel: "email",
        template: ABANDONED_CART_TEMPLATE,
        // One key per claim: the claim decides who sends. (Medusa 2.21 cannot resend under a key whose
        // first try failed: it sends, then fails to update the row, so a fixed key sent the retry twice.)
        idempotency_key: `abandoned-cart:${cart.cart_id}:${input.now}`,
        resource_id: cart.cart_id,
        resource_type: "cart",
        data: {
          items: cart.items,
          cart_url: cartRecoveryUrl(createCartRecoveryToken(cart.cart_id, now), cart.country_code),
          unsubscribe_url: unsubscribeUrl(cart.email, now),
        },
        provider_data: { headers: marketingEmailHeaders(cart.email, now) },
      }))
    })
    sendNotificationsStep(notifications)
    return new WorkflowResponse(transform({ carts }, ({ carts }) => ({ reminded: carts.map((c) => c.cart_id) })))
  }
)
