import { planVendorProductUpdate, type CurrentVendorProduct } from "../plan-vendor-product-update"

const product = (status: string): CurrentVendorProduct => ({
  id: "prod_1",
  status,
  variants: [
    { id: "variant_pb", title: "Paperback", manage_inventory: true, prices: [{ currency_code: "ngn", amount: 10000 }, { currency_code: "usd", amount: 20 }], inventory_items: [{ inventory_item_id: "iitem_1", inventory: { location_levels: [{ location_id: "sloc_1" }] } }] },
    { id: "variant_eb", title: "Ebook", manage_inventory: false, prices: [{ currency_code: "ngn", amount: 4000 }, { currency_code: "usd", amount: 8 }], inventory_items: [] },
  ],
})
const shop = { currencies: ["ngn", "usd"], stock_location_id: "sloc_1", threshold_percent: 20 }
const prices = (ngn: number, usd: number) => ({ variants: [{ id: "variant_pb", prices: { ngn, usd } }] })

describe("planVendorProductUpdate", () => {
  it("waits for staff when a public product's price moves beyond the threshold either way, applies within it (logged), and exactly at it", () => {
    expect(planVendorProductUpdate(product("published"), prices(15000, 20), shop).price_change).toMatchObject({ needs_approval: true, logged: true })
    expect(planVendorProductUpdate(product("published"), prices(10000, 15), shop).price_change).toMatchObject({ needs_approval: true })
    const small = planVendorProductUpdate(product("published"), prices(10500, 20), shop)
    expect(small.price_change).toEqual({ proposed: { variant_pb: { ngn: 10500, usd: 20 } }, previous: { variant_pb: { ngn: 10000, usd: 20 } }, needs_approval: false, logged: true })
    expect(small.prices_now).toEqual([{ id: "variant_pb", prices: [{ currency_code: "ngn", amount: 10500 }, { currency_code: "usd", amount: 20 }] }])
    expect(planVendorProductUpdate(product("published"), prices(12000, 20), shop).price_change?.needs_approval).toBe(false)
    expect(planVendorProductUpdate(product("published"), prices(12001, 20), shop).price_change?.needs_approval).toBe(true)
  })

  it("sets a draft's prices at once without a log, ignores unchanged prices, and sets print stock only", () => {
    const draft = planVendorProductUpdate(product("draft"), prices(30000, 20), shop)
    expect([draft.price_change?.needs_approval, draft.price_change?.logged, draft.prices_now.length]).toEqual([false, false, 1])
    expect(planVendorProductUpdate(product("published"), prices(10000, 20), shop).price_change).toBeNull()
    expect(planVendorProductUpdate(product("draft"), { variants: [{ id: "variant_pb", stock: 4 }] }, shop).stock_updates).toEqual([{ inventory_item_id: "iitem_1", location_id: "sloc_1", stocked_quantity: 4 }])
    expect(() => planVendorProductUpdate(product("draft"), { variants: [{ id: "variant_eb", stock: 4 }] }, shop)).toThrow("variants[0].stock: Ebook has no stock to count (only print formats do)")
    expect(() => planVendorProductUpdate(product("draft"), { variants: [{ id: "variant_other", stock: 4 }] }, shop)).toThrow("variants[0].id is not a variant of this product")
    expect(() => planVendorProductUpdate(product("draft"), { variants: [{ id: "variant_pb", prices: { ngn: 5 } }] }, shop)).toThrow("variants[0].prices needs a price in usd")
  })
})
