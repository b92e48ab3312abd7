import { clawbackEntries, saleEntries } from "../lib/ledger"
import type { SplitLine } from "../lib/split"

const line = (line_id: string, amount: number, vendor_id: string | null = null): SplitLine => ({
  line_id,
  vendor_id,
  subaccount: vendor_id ? `ACCT_${vendor_id}` : null,
  amount,
  commission_percent: 15,
})
const lines = [line("a1", 100_001, "A"), line("a2", 50_000, "A"), line("b", 30_000, "B"), line("own", 70_000)]
const base = { order_id: "order_1", currency_code: "ngn", lines }
const net = (entries: { vendor_id: string; amount: number }[], v: string) => entries.filter((e) => e.vendor_id === v).reduce((t, e) => t + e.amount, 0)

describe("ledger entries of a paid order", () => {
  it("sale − commission − fee per line equals what each subaccount settled; keyed per line and type", () => {
    const entries = saleEntries({ ...base, split: [{ subaccount: "ACCT_A", share: 127_501 }, { subaccount: "ACCT_B", share: 25_500 }], settled: [{ subaccount_code: "ACCT_A", amount: 125_000 }] })
    expect(net(entries, "A")).toBe(125_000)
    expect(net(entries, "B")).toBe(25_500)
    expect(entries.filter((e) => e.type === "sale").map((e) => [e.line_item_id, e.amount])).toEqual([["a1", 100_001], ["a2", 50_000], ["b", 30_000]])
    expect(entries.filter((e) => e.vendor_id === "A" && e.type === "commission").reduce((t, e) => t + e.amount, 0)).toBe(-(150_001 - 127_501))
    expect(new Set(entries.map((e) => e.idempotency_key)).size).toBe(entries.length)
    expect(entries.find((e) => e.line_item_id === "own")).toBeUndefined()
  })

  it("writes nothing for a vendor whose subaccount was not in the split", () => {
    expect(saleEntries({ ...base, split: [{ subaccount: "ACCT_B", share: 25_500 }] }).every((e) => e.vendor_id === "B")).toBe(true)
  })
})

describe("clawbacks", () => {
  const sold = saleEntries({ ...base, split: [{ subaccount: "ACCT_A", share: 127_501 }, { subaccount: "ACCT_B", share: 25_500 }] })
  const existing = sold.map((e) => ({ ...e }))
  const charged = 250_001 + 5_000

  it("a refund naming a line takes back that line's net, once over all refunds", () => {
    const lineNet = net(sold.filter((e) => e.line_item_id === "a2"), "A")
    const withIds = [line("ordli_a1", 100_001, "A"), line("ordli_a2", 50_000, "A")]
    const idSold = saleEntries({ ...base, lines: withIds, split: [{ subaccount: "ACCT_A", share: 127_501 }] })
    const claw = clawbackEntries({ ...base, lines: withIds, charged, existing: idSold, refund: { id: "ref_1", amount: 50_000, note: "Refund of ordli_a2" } })
    expect(claw).toEqual([expect.objectContaining({ line_item_id: "ordli_a2", amount: -net(idSold.filter((e) => e.line_item_id === "ordli_a2"), "A"), idempotency_key: "ordli_a2:refund_clawback:ref_1" })])
    expect(lineNet).toBeGreaterThan(0)
    // A second refund of the same line finds nothing left to take back.
    expect(clawbackEntries({ ...base, lines: withIds, charged, existing: [...idSold, ...claw], refund: { id: "ref_2", amount: 50_000, note: "ordli_a2" } })).toEqual([])
  })

  it("a refund naming no line is spread over every line and shipping; a full refund takes back everything, never more", () => {
    const full = clawbackEntries({ ...base, charged, existing, refund: { id: "ref_9", amount: charged } })
    expect(net([...existing, ...full], "A")).toBe(0)
    expect(net([...existing, ...full], "B")).toBe(0)
    const partial = clawbackEntries({ ...base, charged, existing, refund: { id: "ref_8", amount: 1_000 } })
    expect(partial.reduce((t, e) => t + e.amount, 0)).toBeLessThan(0)
    expect(partial.reduce((t, e) => t + e.amount, 0)).toBeGreaterThan(-1_000)
  })
})
