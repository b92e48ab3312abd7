import { afterEach, describe, expect, it, vi } from "vitest"
import { checkoutCommerce, ebookLine, fakeCart, json, paperbackLine, redirectTarget } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

async function load(fake: ReturnType<typeof checkoutCommerce>, jar = cookieJar({ shop_cart: "cart_1" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return { ...(await import("../actions/checkout")), jar }
}

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  data.set("countryCode", "ng")
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

const LAGOS = { first_name: "Ada", last_name: "Obi", address_1: "1 Marina", city: "Lagos", country_code: "ng" }
/** What the address form posts: every field, the optional ones empty. */
const ADDRESS_FORM = { ...LAGOS, company: "", address_2: "", province: "", postal_code: "", phone: "" }
const readyToPay = () => fakeCart({ email: "ada@example.com", items: [ebookLine, paperbackLine], shipping_address: LAGOS, shipping_methods: [{ id: "sm_1", shipping_option_id: "so_standard", name: "Standard delivery", amount: 2500 }] })
const writes = (fake: ReturnType<typeof checkoutCommerce>) => fake.calls.filter((c) => c.method === "POST" && c.path !== "/storefront/publishable-key")

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("the email step", () => {
  it("refuses a malformed email without asking commerce, keeping what was typed", async () => {
    const fake = checkoutCommerce({ cart_1: fakeCart() })
    const { saveCheckoutEmail } = await load(fake)
    expect(await saveCheckoutEmail(null, form({ email: "ada@" }))).toMatchObject({
      ok: false,
      errors: { email: "Enter a valid email address, like name@example.com." },
      values: { email: "ada@" },
    })
    expect(writes(fake)).toEqual([])
  })

  it("puts the email on the cart and moves on", async () => {
    const fake = checkoutCommerce({ cart_1: fakeCart() })
    const { saveCheckoutEmail } = await load(fake)
    expect(await redirectTarget(saveCheckoutEmail(null, form({ email: " ada@example.com " })))).toBe("/ng/checkout")
    expect(fake.carts.cart_1.email).toBe("ada@example.com")
  })

  it("says so when the browser's cart is gone", async () => {
    const { saveCheckoutEmail } = await load(checkoutCommerce({}))
    expect(await saveCheckoutEmail(null, form({ email: "ada@example.com" }))).toMatchObject({ ok: false, message: expect.stringMatching(/cart is empty or has expired/) })
  })
})

describe("the address and delivery steps", () => {
  it("refuses an address in a country the cart's region does not deliver to", async () => {
    const fake = checkoutCommerce({ cart_1: fakeCart({ items: [paperbackLine], email: "a@example.com" }) })
    const { saveShippingAddress } = await load(fake)
    const result = await saveShippingAddress(null, form({ ...ADDRESS_FORM, country_code: "us" }))
    expect(result).toMatchObject({ ok: false, errors: { country_code: expect.stringMatching(/cannot deliver there/) }, values: { address_1: "1 Marina" } })
    expect(fake.carts.cart_1.shipping_address).toBeNull()
  })

  it("sends the address without its empty optional fields", async () => {
    const fake = checkoutCommerce({ cart_1: fakeCart({ items: [paperbackLine], email: "a@example.com" }) })
    const { saveShippingAddress } = await load(fake)
    expect(await redirectTarget(saveShippingAddress(null, form({ ...ADDRESS_FORM, company: " " })))).toBe("/ng/checkout")
    expect(fake.carts.cart_1.shipping_address).toEqual(LAGOS)
  })

  it("delivers to one of the signed-in reader's own saved addresses, and to no one else's", async () => {
    const saved = { id: "addr_1", ...LAGOS, company: null, address_2: null, province: null, postal_code: "101001", phone: null }
    const fake = checkoutCommerce({ cart_1: fakeCart({ items: [paperbackLine], email: "a@example.com" }) }, { addresses: [saved] })
    const { deliverToSavedAddress } = await load(fake, cookieJar({ shop_cart: "cart_1", shop_session: "h.e30.s" }))
    expect(await deliverToSavedAddress(null, form({ addressId: "addr_someone_elses" }))).toEqual({
      ok: false,
      message: "That address is no longer in your address book.",
    })
    expect(fake.carts.cart_1.shipping_address).toBeNull()
    expect(await redirectTarget(deliverToSavedAddress(null, form({ addressId: "addr_1" })))).toBe("/ng/checkout")
    expect(fake.carts.cart_1.shipping_address).toEqual({ ...LAGOS, postal_code: "101001" })
  })

  it("asks a visitor whose session has ended to sign in again before using saved addresses", async () => {
    const fake = checkoutCommerce({ cart_1: fakeCart({ items: [paperbackLine], email: "a@example.com" }) })
    const { deliverToSavedAddress } = await load(fake)
    expect(await deliverToSavedAddress(null, form({ addressId: "addr_1" }))).toEqual({ ok: false, message: "Your session has ended. Please sign in again." })
  })

  it("accepts only a delivery option commerce offers for the cart", async () => {
    const fake = checkoutCommerce({ cart_1: fakeCart({ items: [paperbackLine], email: "a@example.com", shipping_address: LAGOS }) })
    const { chooseDelivery } = await load(fake)
    expect(await chooseDelivery(null, form({}))).toMatchObject({ errors: { shipping_option: "Choose how your books are delivered." } })
    expect(await chooseDelivery(null, form({ shipping_option: "so_forged" }))).toMatchObject({ errors: { shipping_option: expect.stringMatching(/not available/) } })
    expect(fake.carts.cart_1.shipping_methods).toEqual([])
    expect(await redirectTarget(chooseDelivery(null, form({ shipping_option: "so_standard" })))).toBe("/ng/checkout")
    expect(fake.carts.cart_1.shipping_methods[0].shipping_option_id).toBe("so_standard")
  })
})

describe("Pay with Paystack", () => {
  it("starts a Paystack payment for the cart and sends the browser to Paystack", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { stock: { v_paper: 3 } })
    const { pay, jar } = await load(fake)
    expect(await redirectTarget(pay(null, form({})))).toBe("http://paystack.test/checkout/1")
    expect(fake.calls.find((c) => c.path.endsWith("/payment-sessions"))?.body).toEqual({ provider_id: "pp_paystack_paystack" })
    expect(jar.sets.find((s) => s.name === "shop_checkout")).toMatchObject({ value: "ng", options: { httpOnly: true } })
  })

  it("starts a fresh Paystack payment on every attempt, so a declined one never blocks the next", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() })
    const { pay } = await load(fake)
    expect(await redirectTarget(pay(null, form({})))).toBe("http://paystack.test/checkout/1")
    fake.carts.cart_1.payment_collection!.payment_sessions[0].status = "error"
    expect(await redirectTarget(pay(null, form({})))).toBe("http://paystack.test/checkout/2")
  })

  it("will not pay for a cart missing its address or delivery", async () => {
    const fake = checkoutCommerce({ cart_1: { ...readyToPay(), shipping_methods: [] } })
    const { pay } = await load(fake)
    expect(await pay(null, form({}))).toEqual({ ok: false, message: "Choose a delivery option before paying." })
    expect(fake.calls.some((c) => c.path.startsWith("/store/payment-collections"))).toBe(false)
  })

  it("stops before Paystack when a format has sold out since it was added", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { stock: { v_paper: 0 } })
    const { pay } = await load(fake)
    expect(await pay(null, form({}))).toEqual({
      ok: false,
      message: "The Quiet Draft (Paperback) is out of stock. Change the quantity in your cart, then pay.",
    })
    expect(fake.calls.some((c) => c.path.startsWith("/store/payment-collections"))).toBe(false)
  })

  it("explains a payment Paystack would not start, without a raw error", async () => {
    const fake = checkoutCommerce({ cart_1: readyToPay() }, { session: () => json({ type: "unexpected_state", message: "Paystack answered 503" }, 500) })
    const { pay, jar } = await load(fake)
    expect(await pay(null, form({}))).toMatchObject({
      ok: false,
      message: "We could not start your payment with Paystack just now. You have not been charged. Please try again in a moment.",
    })
    expect(jar.sets.some((s) => s.name === "shop_checkout")).toBe(false)
  })
})
