import { vi } from "vitest"

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

export const REGIONS = [
  { id: "reg_ng", name: "Nigeria", currency_code: "ngn", countries: [{ iso_2: "ng", display_name: "Nigeria" }] },
  { id: "reg_intl", name: "International", currency_code: "usd", countries: [{ iso_2: "us", display_name: "United States" }] },
]

export type FakeSession = { id: string; provider_id: string; status: string; data: Record<string, unknown> }
export type FakeCart = {
  id: string
  region_id: string
  email: string | null
  completed_at: string | null
  total: number
  items: { id: string; variant_id: string; quantity: number; title: string; product_title: string; variant_title: string; requires_shipping: boolean }[]
  shipping_address: Record<string, string> | null
  shipping_methods: { id: string; shipping_option_id: string; name: string; amount: number }[]
  payment_collection: { id: string; payment_sessions: FakeSession[] } | null
}

export const ebookLine = { id: "li_e", variant_id: "v_ebook", quantity: 1, title: "The Quiet Draft", product_title: "The Quiet Draft", variant_title: "Ebook", requires_shipping: false }
export const paperbackLine = { ...ebookLine, id: "li_p", variant_id: "v_paper", variant_title: "Paperback", requires_shipping: true }

export function fakeCart(over: Partial<FakeCart> = {}): FakeCart {
  return { id: "cart_1", region_id: "reg_ng", email: null, completed_at: null, total: 6500, items: [ebookLine], shipping_address: null, shipping_methods: [], payment_collection: null, ...over }
}

type Answer = () => Response

/**
 * A fake commerce for checkout: carts, delivery options, Paystack sessions
 * and completion, answering as Medusa's store API does. `complete` lists
 * the answers to successive completion requests.
 */
export function checkoutCommerce(carts: Record<string, FakeCart>, options: { complete?: Answer[]; session?: Answer | ((providerId: string) => Response | null); stock?: Record<string, number | null>; addresses?: Record<string, unknown>[]; providers?: string[] } = {}) {
  const calls: { method: string; path: string; body: Record<string, unknown> }[] = []
  const complete = [...(options.complete ?? [])]
  let sessions = 0
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    const body = init.body ? JSON.parse(String(init.body)) : {}
    calls.push({ method, path: url.pathname, body })
    const path = url.pathname
    if (path === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (path === "/store/regions") return json({ regions: REGIONS })
    if (path === "/store/payment-providers") return json({ payment_providers: (options.providers ?? ["pp_paystack_paystack"]).map((p) => ({ id: p.replace(/:disabled$/, ""), is_enabled: !p.endsWith(":disabled") })) })
    const signedIn = new Headers(init.headers).has("authorization")
    if (path === "/store/customers/me") return signedIn ? json({ customer: { id: "cus_1", email: "ada@example.com" } }) : json({ message: "Unauthorized" }, 401)
    if (path === "/store/customers/me/addresses") return signedIn ? json({ addresses: options.addresses ?? [] }) : json({ message: "Unauthorized" }, 401)
    if (path === "/store/shipping-options") {
      return json({ shipping_options: [{ id: "so_express", name: "Express delivery", amount: 5000, insufficient_inventory: false }, { id: "so_standard", name: "Standard delivery", amount: 2500, insufficient_inventory: false }] })
    }
    const variant = /^\/store\/product-variants\/([^/]+)$/.exec(path)
    if (variant) {
      const stock = options.stock?.[variant[1]] ?? null
      return json({ variant: { id: variant[1], title: variant[1] === "v_ebook" ? "Ebook" : "Paperback", manage_inventory: stock !== null, inventory_quantity: stock ?? undefined } })
    }
    if (path === "/store/payment-collections" && method === "POST") {
      const cart = carts[body.cart_id]
      cart.payment_collection ??= { id: "pay_col_1", payment_sessions: [] }
      return json({ payment_collection: cart.payment_collection })
    }
    const sessionPath = /^\/store\/payment-collections\/([^/]+)\/payment-sessions$/.exec(path)
    if (sessionPath) {
      const scripted = options.session?.(body.provider_id)
      if (scripted) return scripted
      const cart = Object.values(carts).find((c) => c.payment_collection?.id === sessionPath[1])!
      sessions += 1
      const reference = `payses_${sessions}-abcd`
      // Like Medusa's createPaymentSessionsWorkflow: the new session replaces every earlier one, whichever provider.
      const data =
        body.provider_id === "pp_flutterwave_flutterwave"
          ? { session_id: `payses_${sessions}`, tx_ref: reference, link: `http://flutterwave.test/pay/${sessions}`, amount: cart.total, currency: "NGN" }
          : { reference, authorization_url: `http://paystack.test/checkout/${sessions}`, amount: cart.total * 100, currency: "NGN" }
      cart.payment_collection!.payment_sessions = [{ id: `payses_${sessions}`, provider_id: body.provider_id, status: "pending", data }]
      return json({ payment_collection: cart.payment_collection })
    }
    const cartPath = /^\/store\/carts\/([^/]+)(\/[a-z-]+)?$/.exec(path)
    if (!cartPath) return json({ message: `unexpected ${method} ${path}` }, 500)
    const cart = carts[cartPath[1]]
    if (!cart) return json({ type: "not_found", message: `Cart id not found: ${cartPath[1]}` }, 404)
    if (cartPath[2] === "/complete") {
      const answer = complete.shift()
      return answer ? answer() : json({ message: "no completion answer scripted" }, 500)
    }
    if (cartPath[2] === "/shipping-methods") {
      cart.shipping_methods = [{ id: "sm_1", shipping_option_id: body.option_id, name: "Standard delivery", amount: 2500 }]
    } else if (method === "POST") {
      if (body.email) cart.email = body.email
      if (body.shipping_address) cart.shipping_address = body.shipping_address
      if (body.region_id) cart.region_id = body.region_id
    }
    return json({ cart })
  })
  return { fetchImpl, calls, carts }
}

/** Next's redirect() throws; the digest names where it goes. */
export const redirectTarget = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { digest?: string } | null
  return error?.digest?.split(";")[2] ?? null
}
