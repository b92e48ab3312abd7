import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Medusa hands a payment provider the customer only for signed-in shoppers.
 * Paystack needs an email for every payment, so the cart's own email is
 * added to the session data here, from the database, never from the browser.
 */
export async function attachCartEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart.email"],
    filters: { payment_collection_id: req.params.id },
  })
  const email = data[0]?.cart?.email
  const body = (req.body ?? {}) as { data?: Record<string, unknown> }
  const { email: _fromBrowser, ...data_ } = body.data ?? {}
  req.body = { ...body, data: email ? { ...data_, email } : data_ }
  next()
}
