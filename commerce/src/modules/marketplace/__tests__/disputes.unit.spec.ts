import { checkDisputeDecision, readPaystackDispute, refundableOnLine, withinDisputeWindow } from "../lib/disputes"

describe("disputes", () => {
  it("opens within the window, to the millisecond", () => {
    const placed = new Date("2026-11-01T10:00:00Z")
    expect(withinDisputeWindow(placed, new Date("2026-12-01T10:00:00Z"), 30)).toBe(true)
    expect(withinDisputeWindow(placed, new Date("2026-12-01T10:00:00.001Z"), 30)).toBe(false)
    expect(withinDisputeWindow(placed.toISOString(), new Date("2026-11-02T00:00:00Z"), 1)).toBe(true)
  })

  it("refunds all that is left when no amount is given, part of it otherwise, and never more", () => {
    expect(checkDisputeDecision({ status: "open", decision: "refund", refundable: 650_000 })).toEqual({ status: "refunded", amount: 650_000 })
    expect(checkDisputeDecision({ status: "vendor_answered", decision: "refund", amount: 650_000, refundable: 650_000 })).toEqual({ status: "refunded", amount: 650_000 })
    expect(checkDisputeDecision({ status: "open", decision: "refund", amount: 1, refundable: 650_000 })).toEqual({ status: "partially_refunded", amount: 1 })
    expect(() => checkDisputeDecision({ status: "open", decision: "refund", amount: 650_001, refundable: 650_000 })).toThrow("amount must be at most 650000 (kobo)")
    expect(() => checkDisputeDecision({ status: "open", decision: "refund", amount: 10.5, refundable: 650_000 })).toThrow(/whole number of kobo/)
    expect(() => checkDisputeDecision({ status: "open", decision: "refund", refundable: 0 })).toThrow(/Nothing is left to refund/)
  })

  it("closes without money, and decides a decided dispute never again", () => {
    expect(checkDisputeDecision({ status: "open", decision: "close", refundable: 5 })).toEqual({ status: "closed", amount: 0 })
    expect(() => checkDisputeDecision({ status: "open", decision: "close", amount: 5, refundable: 5 })).toThrow(/only for a refund/)
    for (const status of ["refunded", "partially_refunded", "closed"] as const) {
      expect(checkDisputeDecision({ status, decision: "refund", amount: 1, refundable: 100 })).toBeNull()
      expect(checkDisputeDecision({ status, decision: "close", refundable: 100 })).toBeNull()
    }
  })

  it("counts against a line only the refunds that name it, and never more than the payment has left", () => {
    const refunds = [
      { amount: 100_000, note: "Dispute dsp_1 on ordli_A: torn" },
      { amount: 50_000, note: "Goodwill" },
      { amount: 20_000, note: null },
    ]
    expect(refundableOnLine({ line_item_id: "ordli_A", line_total: 300_000, paid: 1_000_000, refunds })).toBe(200_000)
    expect(refundableOnLine({ line_item_id: "ordli_B", line_total: 300_000, paid: 1_000_000, refunds })).toBe(300_000)
    expect(refundableOnLine({ line_item_id: "ordli_B", line_total: 300_000, paid: 400_000, refunds })).toBe(230_000)
    expect(refundableOnLine({ line_item_id: null, line_total: 0, paid: 1_000_000, refunds })).toBe(830_000)
    expect(refundableOnLine({ line_item_id: "ordli_A", line_total: 50_000, paid: 1_000_000, refunds })).toBe(0)
  })

  it("reads Paystack's dispute object: its id, the transaction's reference (nested or flat), the amount in kobo and what was said", () => {
    const data = {
      id: 358950,
      refund_amount: 400_000,
      currency: "NGN",
      status: "awaiting-merchant-feedback",
      resolution: null,
      category: "chargeback",
      note: null,
      transaction: { reference: "T123", amount: 650_000 },
      messages: [{ body: "Cardholder does not recognise this" }],
    }
    expect(readPaystackDispute(data)).toEqual({
      paystack_dispute_id: "358950",
      reference: "T123",
      refund_amount: 400_000,
      currency: "NGN",
      status: "awaiting-merchant-feedback",
      resolution: null,
      category: "chargeback",
      message: "Cardholder does not recognise this",
    })
    expect(readPaystackDispute({ id: 1, transaction: null, transaction_reference: "T9" })?.reference).toBe("T9")
    expect(readPaystackDispute({ id: 1, transaction: {} })).toBeNull()
    expect(readPaystackDispute({ transaction: { reference: "T1" } })).toBeNull()
    expect(readPaystackDispute(null)).toBeNull()
    expect(readPaystackDispute({ id: 2, refund_amount: "12", transaction: { reference: "T1" } })?.refund_amount).toBeNull()
  })
})
