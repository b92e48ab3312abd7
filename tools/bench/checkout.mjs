// Commerce-side checkout benchmarks (the checkout issue): adding to a cart,
// completing a cart with Medusa's system payment provider, and how long a
// paid Paystack webhook takes to put an ebook in the reader's library.
import { readFileSync } from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { ROOT } from "../dev/stack.mjs"
import { median, percentile } from "./report.mjs"

const ADMIN = { email: "admin@example.com", password: "supersecret" }
const BOOK = "the-quiet-draft"

/**
 * The fields the storefront asks for (storefront/src/lib/data/cart.ts, read
 * from its source): the cart page's, which adding to a cart answers with, and
 * completion's. Without `fields` Medusa answers with its default relations,
 * which the storefront never reads and which cost CPU on every request.
 */
export const STOREFRONT_FIELDS = (() => {
  const source = readFileSync(path.join(ROOT, "storefront/src/lib/data/cart.ts"), "utf8")
  const cart = /const CART_FIELDS = \[([\s\S]*?)\]\.join/.exec(source)?.[1]
  const completion = /\/complete`, \{[\s\S]*?fields: "([^"]+)"/.exec(source)?.[1]
  if (!cart || !completion) throw new Error("storefront/src/lib/data/cart.ts: the cart or completion fields were not found")
  return { cart: [...cart.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join(","), completion }
})()

/** A small JSON client for one Medusa server. */
export function medusa(baseUrl) {
  const call = async (method, path, { body, headers = {} } = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    const data = text ? JSON.parse(text) : {}
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`)
    return data
  }
  return { get: (p, o) => call("GET", p, o), post: (p, b, o) => call("POST", p, { ...o, body: b }) }
}

/** Runs `jobs` with at most `limit` at once. */
export async function pool(items, limit, job) {
  const results = []
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await job(items[i], i)
      }
    })
  )
  return results
}

/**
 * The demo shop as the benchmarks need it: the publishable key, the Nigeria
 * region with the system provider enabled beside Paystack, a book whose
 * paperback has stock for every order the bench places, and its ebook.
 */
export async function prepareShop(commerceUrl) {
  const api = medusa(commerceUrl)
  const { token } = await api.post("/auth/user/emailpass", ADMIN)
  const admin = { authorization: `Bearer ${token}` }
  const { publishable_key: key } = await api.get("/storefront/publishable-key")
  const store = { "x-publishable-api-key": key }

  const { regions } = await api.get("/store/regions", { headers: store })
  const region = regions.find((r) => r.currency_code === "ngn")
  const { region: adminRegion } = await api.get(`/admin/regions/${region.id}?fields=id,*payment_providers`, { headers: admin })
  const providers = new Set([...adminRegion.payment_providers.map((p) => p.id), "pp_system_default"])
  await api.post(`/admin/regions/${region.id}`, { payment_providers: [...providers] }, { headers: admin })

  const { products } = await api.get(
    `/admin/products?handle=${BOOK}&fields=id,variants.id,variants.title,variants.inventory_items.inventory_item_id`,
    { headers: admin }
  )
  const variant = (title) => products[0].variants.find((v) => v.title === title)
  const paperback = variant("Paperback")
  const itemId = paperback.inventory_items[0].inventory_item_id
  const { inventory_levels: levels } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, { headers: admin })
  await api.post(`/admin/inventory-items/${itemId}/location-levels/${levels[0].location_id}`, { stocked_quantity: 1_000_000 }, { headers: admin })

  return { api, store, admin, regionId: region.id, paperbackId: paperback.id, ebookId: variant("Ebook").id }
}

/**
 * autocannon over a set of prepared URLs, one request each in turn, keeping
 * every response time so p95 can be read (autocannon reports p90 and p97.5).
 */
export async function hammer(commerceUrl, { method = "POST", paths, headers, body, connections, durationSeconds, amount }) {
  const times = []
  let next = 0
  const instance = autocannon({
    url: commerceUrl,
    connections,
    ...(amount ? { amount } : { duration: durationSeconds }),
    timeout: 20,
    requests: [
      {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
      },
    ],
  })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    failed: (result.non2xx ?? 0) + (result.errors ?? 0) + (result.timeouts ?? 0),
  }
}

/** POST /store/carts/:id/line-items, spread over many carts (a lock is per cart). */
export async function measureAddToCart(commerceUrl, shop, { connections, durationSeconds }) {
  const carts = await pool(Array.from({ length: connections * 5 }), 5, async () =>
    (await shop.api.post("/store/carts", { region_id: shop.regionId }, { headers: shop.store })).cart.id
  )
  return hammer(commerceUrl, {
    paths: carts.map((id) => `/store/carts/${id}/line-items?fields=${encodeURIComponent(STOREFRONT_FIELDS.cart)}`),
    headers: shop.store,
    body: { variant_id: shop.paperbackId, quantity: 1 },
    connections,
    durationSeconds,
  })
}

/** `count` carts ready to complete (email, address, delivery, a system-provider payment session). */
export async function readyCarts(shop, count) {
  const { api, store } = shop
  const address = { first_name: "Bench", last_name: "Reader", address_1: "1 Marina", city: "Lagos", country_code: "ng", postal_code: "100001" }
  return pool(Array.from({ length: count }), 4, async (_, i) => {
    const { cart } = await api.post(
      "/store/carts",
      { region_id: shop.regionId, email: `bench-${i}@example.com`, shipping_address: address, items: [{ variant_id: shop.paperbackId, quantity: 1 }] },
      { headers: store }
    )
    const { shipping_options: options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers: store })
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: options[0].id }, { headers: store })
    const { payment_collection: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: store })
    await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: store })
    return cart.id
  })
}

/**
 * POST /store/carts/:id/complete on carts made ready beforehand (readyCarts):
 * each cart once.
 */
export async function measureCompletion(commerceUrl, shop, { connections, carts: count }) {
  const { api, store } = shop
  const ready = await readyCarts(shop, count)
  const row = await hammer(commerceUrl, {
    paths: ready.map((id) => `/store/carts/${id}/complete?fields=${encodeURIComponent(STOREFRONT_FIELDS.completion)}`),
    headers: store,
    body: {},
    connections,
    amount: ready.length,
  })
  const orders = await pool(ready, 4, async (id) => (await api.get(`/store/carts/${id}?fields=id,completed_at`, { headers: store })).cart.completed_at)
  return { ...row, orders: orders.filter(Boolean).length }
}

/** A new customer account, signed in: its customer and the headers of its store requests (bearer token). */
export async function signUpCustomer(api, store, { email, password, headers = {} }) {
  const { token: registration } = await api.post("/auth/customer/emailpass/register", { email, password }, { headers })
  const { customer } = await api.post("/store/customers", { email }, { headers: { ...headers, ...store, authorization: `Bearer ${registration}` } })
  const { token } = await api.post("/auth/customer/emailpass", { email, password }, { headers })
  return { customer, headers: { ...store, authorization: `Bearer ${token}` } }
}

/**
 * A signed-in reader buys an ebook with Paystack (the simulator): time from
 * "Pay" (the simulator signs and sends charge.success to commerce) until the
 * ebook is listed in GET /store/customers/me/library. Never the shopper's
 * return: only the webhook completes these carts.
 */
export async function measureWebhookToLibrary(commerceUrl, simulatorUrl, shop, { purchases }) {
  const { api, store } = shop
  const email = `bench-reader-${Date.now()}@example.com`
  const password = "bench-password-1"
  const { headers: reader } = await signUpCustomer(api, store, { email, password })
  await fetch(`${simulatorUrl}/__simulator/behaviour`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ webhook: "before-redirect" }),
  })

  const times = []
  for (let i = 0; i < purchases; i++) {
    const { cart } = await api.post("/store/carts", { region_id: shop.regionId, email, items: [{ variant_id: shop.ebookId, quantity: 1 }] }, { headers: reader })
    const { payment_collection: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: reader })
    const { payment_collection: withSession } = await api.post(
      `/store/payment-collections/${collection.id}/payment-sessions`,
      { provider_id: "pp_paystack_paystack" },
      { headers: reader }
    )
    const reference = withSession.payment_sessions[0].data.reference
    const before = (await api.get("/store/customers/me/library", { headers: reader })).items.length
    const paidAt = performance.now()
    const paid = await fetch(`${simulatorUrl}/__simulator/transactions/${reference}/pay`, { method: "POST" })
    if (!paid.ok) throw new Error(`the simulator could not pay ${reference}: ${paid.status}`)
    for (;;) {
      const { items } = await api.get("/store/customers/me/library", { headers: reader })
      if (items.length > before) break
      if (performance.now() - paidAt > 30_000) throw new Error(`the ebook of ${reference} never reached the library`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    times.push(performance.now() - paidAt)
  }
  return { purchases, medianMs: median(times), maxMs: Math.max(...times) }
}
