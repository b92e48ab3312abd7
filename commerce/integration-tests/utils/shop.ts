import type { AxiosInstance } from "axios"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { RunningSimulator } from "./paystack-simulator"
import { verifyTestEmail } from "./verified-email"

export type Headers = Record<string, string>

/** Polls `read` until `done` holds or `ms` pass, and returns the last value. */
export const eventually = async <T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15_000): Promise<T> => {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await new Promise((r) => setTimeout(r, 200))
  }
}

export const LAGOS = { first_name: "Ada", last_name: "Obi", address_1: "1 Marina", city: "Lagos", country_code: "ng", postal_code: "101001" }

/**
 * What a shopper does through the store API, as the storefront does it:
 * carts, Paystack sessions, paying at the simulator, completing. Built on
 * the seeded shop (publishable key, Nigeria region).
 */
export async function openShop(api: AxiosInstance, getContainer: () => MedusaContainer, simulator: RunningSimulator) {
  const { data } = await api.get("/storefront/publishable-key")
  const key: Headers = { "x-publishable-api-key": data.publishable_key }
  const { data: regions } = await api.get("/store/regions", { headers: key })
  const regionId: string = regions.regions.find((r: any) => r.currency_code === "ngn").id

  const variantId = async (handle: string, format: "Hardcover" | "Paperback" | "Ebook") => {
    const { data } = await api.get("/store/products", { headers: key, params: { handle, fields: "variants.id,variants.title" } })
    return data.products[0].variants.find((v: any) => v.title === format).id as string
  }

  /** A new account, signed in, its email verified unless `verified: false`: its headers carry the key and the customer's token. */
  const register = async (email: string, { verified = true } = {}): Promise<Headers> => {
    const password = "correct-horse-1"
    const { data } = await api.post("/auth/customer/emailpass/register", { email, password })
    const created = await api.post("/store/customers", { email, first_name: "Test" }, { headers: { authorization: `Bearer ${data.token}`, ...key } })
    if (verified) await verifyTestEmail(getContainer, created.data.customer.id, email)
    const login = await api.post("/auth/customer/emailpass", { email, password })
    return { authorization: `Bearer ${login.data.token}`, ...key }
  }

  const adminHeaders = async (): Promise<Headers> => {
    const { data } = await api.post("/auth/user/emailpass", { email: "admin@example.com", password: "supersecret" })
    return { authorization: `Bearer ${data.token}` }
  }

  /** A cart of `lines`; with an address and the first delivery option when a line ships. */
  const cart = async (lines: { variant_id: string; quantity?: number }[], { headers = key, email = "payer@example.com" } = {}) => {
    const { data } = await api.post("/store/carts", { region_id: regionId, email }, { headers })
    const cartId: string = data.cart.id
    let shipping = false
    for (const line of lines) {
      const { data: added } = await api.post(`/store/carts/${cartId}/line-items`, { quantity: 1, ...line }, { headers })
      shipping ||= added.cart.items.some((i: any) => i.requires_shipping)
    }
    if (shipping) {
      await api.post(`/store/carts/${cartId}`, { shipping_address: LAGOS }, { headers })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      // The cheapest (standard) delivery: the store lists its options in no fixed order, and specs price with it.
      const price = (o: { amount?: number; calculated_price?: { calculated_amount?: number } }) => o.amount ?? o.calculated_price?.calculated_amount ?? Infinity
      const [standard] = [...options.shipping_options].sort((a: any, b: any) => price(a) - price(b))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, { headers })
    }
    return cartId
  }

  /** Starts (or restarts) a Paystack payment for the cart: the session's data holds the reference. */
  const paystackSession = async (cartId: string, headers: Headers = key) => {
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
    const { data } = await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_paystack_paystack" },
      { headers }
    )
    return data.payment_collection.payment_sessions[0] as { id: string; amount: number; data: { reference: string; amount: number; currency: string } }
  }

  /** POST /store/carts/:id/complete, answering the response whatever its status. */
  const complete = (cartId: string, headers: Headers = key) =>
    api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch((e) => e.response)

  /**
   * Runs `place` (a cart's completion) and returns its answer once every
   * order.placed subscriber (digital delivery, enrolment, emails, badges) has
   * finished, failing with the subscriber's own error if one throws: a spec
   * that reads their results needs no polling, and no subscriber is still
   * writing when the runner restores the database after the test (or
   * snapshots it before the first). Not for orders placed side by side.
   */
  const settled = async <T>(place: () => Promise<T>): Promise<T> => {
    const placed = TestEventUtils.waitSubscribersExecution(OrderWorkflowEvents.PLACED, getContainer().resolve(Modules.EVENT_BUS) as any, { timeout: 120_000 })
    try {
      const answer = await place()
      await placed
      return answer
    } catch (error) {
      placed.catch(() => undefined)
      throw error
    }
  }

  /** Pays at the simulator and completes, as a shopper returning from Paystack: the order; with `settled`, see `settled`. */
  const buy = async (lines: { variant_id: string; quantity?: number }[], options: { headers?: Headers; email?: string; settled?: boolean } = {}) => {
    const cartId = await cart(lines, options)
    const session = await paystackSession(cartId, options.headers)
    await simulator.control(`transactions/${session.data.reference}/pay`)
    const completeOrder = async () => {
      const res = await complete(cartId, options.headers)
      if (res.data?.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(res.data)}`)
      return res
    }
    const res = options.settled ? await settled(completeOrder) : await completeOrder()
    return { order: res.data.order, cartId, session }
  }

  /**
   * The last `quantity` copies of a book's paperback, set through staff's API:
   * the variant, and a reader of its inventory levels (stocked, reserved, available).
   */
  const lastCopies = async (handle: string, quantity: number) => {
    const admin = await adminHeaders()
    const { data } = await api.get("/admin/products", {
      headers: admin,
      params: { handle, fields: "id,variants.id,variants.title,variants.inventory_items.inventory_item_id" },
    })
    const paperback = data.products[0].variants.find((v: any) => v.title === "Paperback")
    const itemId = paperback.inventory_items[0].inventory_item_id
    const levels = async () => (await api.get(`/admin/inventory-items/${itemId}/location-levels`, { headers: admin })).data.inventory_levels
    const [level] = await levels()
    await api.post(`/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { stocked_quantity: quantity }, { headers: admin })
    return { paperback, levels }
  }

  /** `count` shoppers' carts of one variant, each paid at the simulator and not yet completed: racers for the last copies. */
  const paidCarts = (variantId: string, count: number) =>
    Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const cartId = await cart([{ variant_id: variantId }], { email: `racer${i}@example.com` })
        const session = await paystackSession(cartId)
        await simulator.control(`transactions/${session.data.reference}/pay`)
        return { cartId, reference: session.data.reference as string, amount: session.data.amount as number }
      })
    )

  const ordersForCart = async (cartId: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    return data.map((row: any) => row.order_id as string)
  }

  return { key, regionId, variantId, register, adminHeaders, cart, paystackSession, complete, settled, buy, lastCopies, paidCarts, ordersForCart }
}

export type Shop = Awaited<ReturnType<typeof openShop>>
