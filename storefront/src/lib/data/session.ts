import "server-only"
import { cartItemCount, retrieveCart, transferCart } from "./cart"
import { getCartId, removeCartId, setAuthToken, setCartId } from "./cookies"
import { AuthRefusal, retrieveCustomer, retrieveCustomerCart } from "./customer"
import { toBackendError } from "../util/errors"

/**
 * The cart follows the shopper: a guest cart with books in it becomes the
 * customer's; otherwise the customer's own open cart (filled on another
 * device, say) is picked up.
 */
async function bringCartAlong(token: string, customerId: string) {
  const cartId = await getCartId()
  const current = cartId ? await retrieveCart(cartId) : null
  const isGuestCart = current !== null && !current.customer_id
  const isTheirs = current !== null && current.customer_id === customerId
  if (current && cartItemCount(current) > 0 && (isGuestCart || isTheirs)) {
    if (isGuestCart) await transferCart(current.id, token)
    return
  }
  const own = await retrieveCustomerCart(token)
  if (own) return setCartId(own.id)
  if (isGuestCart) await transferCart(current.id, token)
  else if (current && !isTheirs) await removeCartId()
}

/** Signs this browser in with a customer's token (password or Google sign-in alike), bringing the cart along. */
export async function startSession(token: string) {
  const customer = await retrieveCustomer(token)
  if (!customer) throw new AuthRefusal(401, "the new session was not accepted")
  await setAuthToken(token)
  try {
    await bringCartAlong(token, customer.id)
  } catch (error) {
    // Signing in matters more than the cart; the shopper can still find their books.
    console.error(`[account] could not carry the cart over: ${toBackendError("commerce", error).message}`)
  }
}

