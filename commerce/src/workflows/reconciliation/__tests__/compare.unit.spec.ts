import { findMismatches } from "../compare"
import type { CheckedTransaction, ShopPayment } from "../types"

const NOW = "2026-03-02T12:00:00.000Z"
const paid = (reference: string, extra: Partial<CheckedTransaction> = {}): CheckedTransaction => ({
  provider: "paystack",
  id: Number(reference.replace(/\D/g, "")) || 1,
  reference,
  status: "success",
  amount: 650_000,
  currency: "NGN",
  paid_at: "2026-03-02T10:00:00.000Z",
  session_id: `payses_${reference}`,
  ...extra,
})
const payment = (reference: string, extra: Partial<ShopPayment> = {}): ShopPayment => ({
  provider: "paystack",
  reference,
  session_id: `payses_${reference}`,
  payment_id: `pay_${reference}`,
  order_id: `order_${reference}`,
  order_display_id: 7,
  amount: "6500",
  currency_code: "ngn",
  refunded: "0",
  ...extra,
})
const compare = (transactions: CheckedTransaction[], payments: ShopPayment[], refunded: Record<string, number> = {}, grace_minutes = 15) =>
  findMismatches({ transactions, payments, refunded, now: NOW, grace_minutes })

describe("findMismatches", () => {
  it("finds nothing when every paid transaction has its order, amount and refunds", () => {
    expect(compare([paid("r1"), paid("r2", { status: "reversed" })], [payment("r1"), payment("r2", { refunded: "6500" })], { "paystack:2": 650_000 })).toEqual([])
  })

  it("leaves out abandoned and failed transactions with no order, and a fully refunded one", () => {
    expect(compare([paid("r1", { status: "abandoned" }), paid("r2", { status: "failed" }), paid("r3", { status: "reversed" })], [])).toEqual([])
  })

  it("reports money taken with no order only once it is older than the grace", () => {
    const fresh = paid("r1", { paid_at: "2026-03-02T11:50:00.000Z" })
    expect(compare([fresh], [])).toEqual([])
    expect(compare([fresh], [], {}, 5)).toEqual([
      expect.objectContaining({ kind: "paid_without_order", reference: "r1", gateway_amount: 6500, gateway_currency: "NGN", order_id: null }),
    ])
  })

  it("reports a payment that never became an order as paid without an order", () => {
    expect(compare([paid("r1")], [payment("r1", { order_id: null, order_display_id: null })]).map((f) => f.kind)).toEqual(["paid_without_order"])
  })

  it("reports an order whose transaction failed or that Paystack does not know", () => {
    const findings = compare([paid("r1", { status: "failed" })], [payment("r1"), payment("r2", { order_display_id: 8 })])
    expect(findings.map((f) => [f.kind, f.order_id, f.message])).toEqual([
      ["order_without_payment", "order_r1", "Order #7 was paid with Paystack transaction r1, which Paystack reports as failed."],
      ["order_without_payment", "order_r2", "Order #8 was paid with Paystack transaction r2, which Paystack does not know."],
    ])
  })

  it("reports a different amount or currency, to the kobo", () => {
    const findings = compare([paid("r1", { amount: 650_001 }), paid("r2", { currency: "USD" })], [payment("r1"), payment("r2")])
    expect(findings.map((f) => [f.kind, f.reference, f.gateway_amount, f.gateway_currency, f.shop_amount, f.shop_currency])).toEqual([
      ["amount_mismatch", "r1", 6500.01, "NGN", 6500, "NGN"],
      ["amount_mismatch", "r2", 6500, "USD", 6500, "NGN"],
    ])
  })

  it("reports refunds that differ either way, and only where they were compared", () => {
    const findings = compare([paid("r1"), paid("r2"), paid("r3")], [payment("r1"), payment("r2", { refunded: "100.5" }), payment("r3")], { "paystack:1": 50_000, "paystack:2": 0 })
    expect(findings.map((f) => [f.kind, f.reference, f.gateway_amount, f.shop_amount])).toEqual([
      ["refund_mismatch", "r1", 500, 0],
      ["refund_mismatch", "r2", 0, 100.5],
    ])
    expect(findings[1].message).toBe("Paystack has refunded ₦0.00 of r2, the shop ₦100.50 of order #7.")
  })

  it("keeps each gateway's references apart, and names the gateway that took the money", () => {
    // The same reference at both gateways: Flutterwave's charge has its order, Paystack's has none.
    const flutterwave = paid("r1", { provider: "flutterwave" })
    const findings = compare([paid("r1"), flutterwave, paid("r2", { provider: "flutterwave", amount: 650_050 })], [
      payment("r1", { provider: "flutterwave" }),
      payment("r2", { provider: "flutterwave" }),
    ], { "flutterwave:1": 100_000 })
    expect(findings.map((f) => [f.kind, f.provider, f.reference, f.message])).toEqual([
      ["paid_without_order", "paystack", "r1", "Paystack took ₦6,500.00 (r1, paid 2026-03-02 10:00 UTC) and no order was made from it."],
      ["refund_mismatch", "flutterwave", "r1", "Flutterwave has refunded ₦1,000.00 of r1, the shop ₦0.00 of order #7."],
      ["amount_mismatch", "flutterwave", "r2", "Flutterwave took ₦6,500.50 on r2, but order #7 records ₦6,500.00."],
    ])
  })
})
