import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

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

/** Metadata key naming the signed-in customer a cart is private to (see restrictCartToOwner). */
export const CART_CLAIMED_BY = "claimed_by"

/**
 * A cart's id is its credential: long, random, kept by the storefront in an
 * httpOnly cookie, so a guest's cart is open to whoever holds the id. A cart
 * that a customer with an account has used while signed in (made it, took it
 * over at sign-in, or changed it) is theirs alone: anyone else, signed in or
 * not, gets the 404 of a cart that does not exist, and cannot take it over
 * (POST /store/carts/:id/customer). Medusa 2.21 checks none of this.
 *
 * Belonging to an account is not enough to make a cart private: when a guest
 * types the email of an account at checkout, Medusa 2.21 links the guest's
 * cart to that customer (its find-or-create-customer step), and the guest who
 * holds the cart must still be able to pay for it (the order then waits in
 * that account). So the owner's first signed-in use marks the cart as
 * claimed (metadata.claimed_by), and only a claimed cart is closed to others.
 */
export function restrictCartToOwner(locate: CartLocator) {
  return async function restrictToCartOwner(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const cartId = await locate(req)
      if (!cartId) return next()
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "customer.has_account", "metadata"],
        filters: { id: cartId },
      })
      const cart = data[0]
      const caller = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
      const registered = Boolean(cart?.customer?.has_account)
      const claimedBy = cart?.metadata?.[CART_CLAIMED_BY]
      if (registered && claimedBy === cart.customer_id && cart.customer_id !== caller) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id '${cartId}' not found`)
      }
      // The owner signed in and using the cart, or a signed-in shopper taking over a guest
      // cart (which becomes theirs if Medusa's transfer succeeds): from now on it is private.
      const takingOver = caller && req.method === "POST" && req.path.endsWith("/customer")
      if (cart && caller && claimedBy !== caller && ((registered && cart.customer_id === caller) || takingOver)) {
        await req.scope
          .resolve(Modules.CART)
          .updateCarts(cart.id, { metadata: { ...(cart.metadata ?? {}), [CART_CLAIMED_BY]: caller } })
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
