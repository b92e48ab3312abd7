import { env } from "../env"
import { orderEmail, orderEmailData, refundEmails, shipmentDetails, type EmailOrder } from "../order-emails"
import { verifyGuestOrderToken } from "../orders/guest-order-link"

const STOREFRONT = env.STOREFRONT_PUBLIC_URL

const order = (overrides: Partial<EmailOrder> = {}): EmailOrder => ({
  id: "order_01",
  display_id: 42,
  email: "ada@example.com",
  currency_code: "ngn",
  customer: { has_account: true },
  shipping_address: { country_code: "NG" },
  region: { countries: [{ iso_2: "us" }] },
  items: [
    { id: "ordli_1", title: "Paperback", product_title: "The Quiet Draft", variant_title: "Paperback", quantity: 2, unit_price: { value: "12500.5", precision: 20 } },
  ],
  item_subtotal: 25001,
  shipping_total: "2500",
  discount_total: 0,
  tax_total: 0,
  total: 27501,
  ...overrides,
})

describe("order emails", () => {
  it("gives lines and totals as plain numbers, whatever shape Medusa's amounts come in", () => {
    expect(orderEmailData(order())).toEqual({
      order_id: "order_01",
      display_id: 42,
      currency_code: "ngn",
      items: [{ title: "The Quiet Draft", variant: "Paperback", quantity: 2, unit_price: 12500.5 }],
      subtotal: 25001,
      shipping_total: 2500,
      discount_total: 0,
      tax_total: 0,
      total: 27501,
      order_url: `${STOREFRONT}/ng/account/orders/order_01`,
    })
  })

  it("links a customer to the order in their account and a guest to its confirmation page with a 30-day token", () => {
    expect(orderEmailData(order()).order_url).toBe(`${STOREFRONT}/ng/account/orders/order_01`)
    const guestUrl = new URL(orderEmailData(order({ customer: { has_account: false } })).order_url)
    expect(`${guestUrl.origin}${guestUrl.pathname}`).toBe(`${STOREFRONT}/ng/order/order_01/confirmed`)
    const token = guestUrl.searchParams.get("token")!
    expect(() => verifyGuestOrderToken(token, "order_01", env.EBOOK_URL_SECRET)).not.toThrow()
    expect(() => verifyGuestOrderToken(token, "order_01", env.EBOOK_URL_SECRET, Date.now() + 29 * 86_400_000)).not.toThrow()
    expect(() => verifyGuestOrderToken(token, "order_01", env.EBOOK_URL_SECRET, Date.now() + 31 * 86_400_000)).toThrow(/expired/)
  })

  it("takes the country from the shipping address, then the billing address, then the region", () => {
    expect(orderEmailData(order({ shipping_address: null, billing_address: { country_code: "gh" } })).order_url).toContain("/gh/account/")
    expect(orderEmailData(order({ shipping_address: null })).order_url).toContain("/us/account/")
  })

  it("sends nothing for an order without an email or one that asked for no notifications", () => {
    expect(orderEmail(order({ email: null }), "order-placed", "k")).toEqual([])
    expect(orderEmail(order({ no_notification: true }), "order-placed", "k")).toEqual([])
    expect(orderEmail(undefined, "refund-issued", "k")).toEqual([])
    expect(orderEmail(order(), "refund-issued", "refund-issued:ref_1", { refund_amount: 10 })).toEqual([
      expect.objectContaining({
        to: "ada@example.com",
        channel: "email",
        template: "refund-issued",
        idempotency_key: "refund-issued:ref_1",
        resource_id: "order_01",
        data: expect.objectContaining({ display_id: 42, refund_amount: 10 }),
      }),
    ])
  })

  it("names shipped items as the order's lines and lists tracking numbers", () => {
    const details = shipmentDetails(order(), {
      id: "ful_1",
      items: [{ line_item_id: "ordli_1", quantity: 1 }, { line_item_id: "ordli_gone", quantity: 1 }],
      labels: [
        { tracking_number: "GIG-1", tracking_url: "https://t/1" },
        { tracking_number: null },
        // A provider's label with an address that is no web page: the number, never a link.
        { tracking_number: "ODD-2", tracking_url: "javascript:alert(1)" },
      ],
    })
    expect(details).toEqual({
      shipped_items: [{ title: "The Quiet Draft", variant: "Paperback", quantity: 1 }],
      tracking: [
        { number: "GIG-1", url: "https://t/1" },
        { number: "ODD-2", url: null },
      ],
    })
  })

  it("emails each refund of an order once, with its amount and the order's refunded total", () => {
    const refunded = {
      ...order(),
      payment_collections: [{ payments: [{ refunds: [{ id: "ref_1", amount: 2500.5 }, { id: "ref_2", amount: { value: "1000", precision: 20 } }] }] }],
    }
    const emails = refundEmails(refunded)
    expect(emails.map((e) => [e.idempotency_key, e.data!.refund_amount, e.data!.refunded_total])).toEqual([
      ["refund-issued:ref_1", 2500.5, 3500.5],
      ["refund-issued:ref_2", 1000, 3500.5],
    ])
    expect(refundEmails({ ...order(), payment_collections: [{ payments: [{ refunds: [] }] }] })).toEqual([])
    expect(refundEmails(undefined)).toEqual([])
  })
})
