import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Where a request names its cart; null when it names none (the route's own validation decides). */
type CartLocator = (req: MedusaRequest) => Promise<string | null> | string | null

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

export const cartInPath: CartLocator = (req) => text(req.params.id)
export const cartInBody: CartLocator = (req) => text((req.body as { cart_id?: unknown } | undefined)?.cart_id)
export const cartInQuery: CartLocator = (req) => text(req.query.cart_id)

/** The cart a payment collection (the path's :id) was made for. */
export const cartOfPaymentCollection: CartLocator = async (req) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id },
  })
  return text(data[0]?.cart_id)
}

/**
 * A cart's id is its credential: long, random, kept by the storefront in an
 * httpOnly cookie, so a guest's cart is open to whoever holds the id. A cart
 * that belongs to a customer with an account is theirs alone once they have
 * signed in: anyone else (signed in or not) gets the 404 of a cart that does
 * not exist, and cannot take it over (POST /store/carts/:id/customer).
 * Medusa 2.21 checks none of this.
 */
export function restrictCartToOwner(locate: CartLocator) {
  return async function restrictToCartOwner(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const cartId = await locate(req)
      if (!cartId) return next()
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "customer.has_account"],
        filters: { id: cartId },
      })
      const cart = data[0]
      const caller = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
      if (cart?.customer?.has_account && cart.customer_id !== caller) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id '${cartId}' not found`)
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
