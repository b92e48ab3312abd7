import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const REGIONS = [
  { id: "reg_ng", name: "Nigeria", currency_code: "ngn", countries: [{ iso_2: "ng" }] },
  { id: "reg_intl", name: "International", currency_code: "usd", countries: [{ iso_2: "us" }, { iso_2: "gb" }] },
]
const VARIANTS: Record<string, { title: string; stock: number | null }> = {
  variant_paperback: { title: "Paperback", stock: 3 },
  variant_ebook: { title: "Ebook", stock: null },
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

type Cart = { id: string; region_id: string; items: { id: string; variant_id: string; quantity: number }[] }

/** A fake commerce keeping carts in memory, refusing lines beyond stock as Medusa does. */
function commerce(carts: Record<string, Cart> = {}) {
  const calls: { method: string; path: string; body: Record<string, unknown> }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const method = init.method ?? "GET"
    const body = init.body ? JSON.parse(String(init.body)) : {}
    calls.push({ method, path: url.pathname, body })
    const [, , resource, id, sub] = url.pathname.split("/")
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/regions") return json({ regions: REGIONS })
    if (resource === "product-variants") {
      const v = VARIANTS[id]
      return json({ variant: { id, title: v.title, manage_inventory: v.stock !== null, inventory_quantity: v.stock ?? undefined } })
    }
    if (resource !== "carts") return json({ message: "not found" }, 404)
    if (!id && method === "POST") {
      const cart = { id: `cart_${Object.keys(carts).length + 1}`, region_id: body.region_id, items: [] }
      carts[cart.id] = cart
      return json({ cart })
    }
    const cart = carts[id]
    if (!cart) return json({ type: "not_found", message: `Cart id not found: ${id}` }, 404)
    if (sub === "line-items") {
      const line = cart.items.find((item) => item.variant_id === body.variant_id)
      // Commerce's cart rules of digital goods: an ebook once.
      if (body.variant_id === "variant_ebook" && (line || body.quantity > 1)) {
        const message = line ? 'The ebook of "The Quiet Draft" is already in your cart.' : 'You can buy the ebook of "The Quiet Draft" once: its quantity is at most 1.'
        return json({ type: "invalid_data", message }, 400)
      }
      if (body.variant_id === "variant_odd") return json({ type: "invalid_data", message: "Variant variant_odd has no price" }, 400)
      const wanted = (line?.quantity ?? 0) + body.quantity
      const stock = VARIANTS[body.variant_id].stock
      if (stock !== null && wanted > stock) {
        return json({ code: "insufficient_inventory", type: "not_allowed", message: "Some variant does not have the required inventory" }, 400)
      }
      if (line) line.quantity = wanted
      else cart.items.push({ id: `cali_${cart.items.length + 1}`, variant_id: body.variant_id, quantity: body.quantity })
    } else if (method === "POST" && body.region_id) {
      cart.region_id = body.region_id
    }
    return json({ cart })
  })
  return { fetchImpl, calls, carts }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar()) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  vi.doMock("next/cache", () => ({ refresh: vi.fn() }))
  const { addToCart } = await import("../actions/cart")
  return { addToCart, jar }
}

const cartCalls = (fake: ReturnType<typeof commerce>) => fake.calls.filter((c) => c.path.startsWith("/store/carts"))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.doUnmock("next/cache")
})

describe("addToCart", () => {
  it("makes the cart in the country's region on the first add and remembers it in a cookie", async () => {
    const fake = commerce()
    const { addToCart, jar } = await load(fake)
    const result = await addToCart({ variantId: "variant_paperback", quantity: 2, countryCode: "ng" })
    expect(result).toEqual({ ok: true, cartCount: 2 })
    expect(fake.carts.cart_1.region_id).toBe("reg_ng")
    expect(jar.sets).toMatchObject([{ name: "shop_cart", value: "cart_1", options: { httpOnly: true } }])

    expect(await addToCart({ variantId: "variant_ebook", quantity: 1, countryCode: "ng" })).toEqual({ ok: true, cartCount: 3 })
    expect(Object.keys(fake.carts)).toEqual(["cart_1"])
  })

  it("refuses quantities below 1 and fractions without asking commerce", async () => {
    const fake = commerce()
    const { addToCart } = await load(fake)
    expect(await addToCart({ variantId: "variant_ebook", quantity: 0, countryCode: "ng" })).toEqual({
      ok: false,
      error: "Quantity must be at least 1. To take a book out, remove it.",
    })
    expect(await addToCart({ variantId: "variant_ebook", quantity: 1.5, countryCode: "ng" })).toEqual({
      ok: false,
      error: "Quantity must be a whole number.",
    })
    expect(cartCalls(fake)).toEqual([])
  })

  it("turns Medusa's inventory refusal into the stock left of that format", async () => {
    const fake = commerce()
    const { addToCart } = await load(fake)
    expect(await addToCart({ variantId: "variant_paperback", quantity: 4, countryCode: "ng" })).toEqual({
      ok: false,
      error: "Only 3 left of Paperback.",
    })
    await addToCart({ variantId: "variant_paperback", quantity: 2, countryCode: "ng" })
    expect(await addToCart({ variantId: "variant_paperback", quantity: 2, countryCode: "ng" })).toEqual({
      ok: false,
      error: "Only 3 left of Paperback. You already have 2 in your cart.",
    })
  })

  it("gives the shopper commerce's own sentence when an ebook is added twice, and keeps other refusals generic", async () => {
    const fake = commerce()
    const { addToCart } = await load(fake)
    expect(await addToCart({ variantId: "variant_ebook", quantity: 2, countryCode: "ng" })).toEqual({
      ok: false,
      error: 'You can buy the ebook of "The Quiet Draft" once: its quantity is at most 1.',
    })
    expect(await addToCart({ variantId: "variant_ebook", quantity: 1, countryCode: "ng" })).toMatchObject({ ok: true })
    expect(await addToCart({ variantId: "variant_ebook", quantity: 1, countryCode: "ng" })).toEqual({
      ok: false,
      error: 'The ebook of "The Quiet Draft" is already in your cart.',
    })
    vi.spyOn(console, "error").mockImplementation(() => {})
    expect(await addToCart({ variantId: "variant_odd", quantity: 1, countryCode: "ng" })).toEqual({
      ok: false,
      error: "Your cart could not be updated just now. Please try again.",
    })
  })

  it("moves an existing cart to the region of the country the shopper now browses", async () => {
    const fake = commerce({ cart_9: { id: "cart_9", region_id: "reg_ng", items: [] } })
    const { addToCart } = await load(fake, cookieJar({ shop_cart: "cart_9" }))
    expect(await addToCart({ variantId: "variant_ebook", quantity: 1, countryCode: "us" })).toEqual({ ok: true, cartCount: 1 })
    const [, update, add] = cartCalls(fake)
    expect(update).toMatchObject({ method: "POST", path: "/store/carts/cart_9", body: { region_id: "reg_intl" } })
    expect(add).toMatchObject({ method: "POST", path: "/store/carts/cart_9/line-items" })
  })

  it("starts a new cart when the cookie names one commerce no longer has", async () => {
    const fake = commerce()
    const { addToCart, jar } = await load(fake, cookieJar({ shop_cart: "cart_gone" }))
    expect(await addToCart({ variantId: "variant_ebook", quantity: 1, countryCode: "ng" })).toEqual({ ok: true, cartCount: 1 })
    expect(jar.values.get("shop_cart")).toBe("cart_1")
  })

  it("says so for a country no region sells to", async () => {
    const fake = commerce()
    const { addToCart } = await load(fake)
    expect(await addToCart({ variantId: "variant_ebook", quantity: 1, countryCode: "zz" })).toEqual({
      ok: false,
      error: "We do not sell to that country yet.",
    })
  })
})
