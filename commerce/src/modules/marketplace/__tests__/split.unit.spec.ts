import { allocate, commissionOf, computeSplit, percentToBasisPoints, vendorFees, type SplitLine } from "../lib/split"

const line = (line_id: string, amount: number, vendor_id: string | null = null, commission_percent = 15): SplitLine => ({
  line_id,
  vendor_id,
  subaccount: vendor_id ? `ACCT_${vendor_id}` : null,
  amount,
  commission_percent,
})

describe("allocate (largest remainder)", () => {
  it("always sums to the total and follows the weights", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(10, [3, 7])).toEqual([3, 7])
    expect(allocate(1, [1, 2])).toEqual([0, 1])
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33])
    expect(allocate(5, [0, 0])).toEqual([3, 2])
    expect(allocate(0, [])).toEqual([])
  })
})

describe("commission", () => {
  it("rounds half up, exactly, past 2^53", () => {
    expect(commissionOf(1_000_000, 1500)).toBe(150_000)
    expect(commissionOf(333, 1500)).toBe(50) // 49.95
    expect(commissionOf(330, 1500)).toBe(50) // 49.5 → 50
    expect(commissionOf(9_000_000_000_000, 1234)).toBe(1_110_600_000_000)
    expect(percentToBasisPoints(12.5)).toBe(1250)
    expect(() => percentToBasisPoints(12.345)).toThrow(/two decimals/)
    expect(() => percentToBasisPoints(101)).toThrow()
  })
})

describe("computeSplit", () => {
  it("sends no split for a cart of the author's own titles, or when vendors' lines come to nothing", () => {
    expect(computeSplit({ charged: 500_000, lines: [line("a", 450_000)], fees: "platform" })).toBeNull()
    expect(computeSplit({ charged: 500_000, lines: [line("a", 450_000), line("b", 0, "B")], fees: "platform" })).toBeNull()
  })

  it("gives each vendor its lines less its commission; the platform keeps the rest", () => {
    const split = computeSplit({
      charged: 1_250_000 + 150_000, // lines + shipping
      lines: [line("own", 300_000), line("a1", 500_000, "A"), line("a2", 100_001, "A"), line("b", 349_999, "B", 10), line("c", 0, "C", 20)],
      fees: "platform",
    })!
    expect(split.paystack).toEqual({
      type: "flat",
      bearer_type: "account",
      subaccounts: [
        { subaccount: "ACCT_A", share: 600_001 - 90_000 },
        { subaccount: "ACCT_B", share: 349_999 - 35_000 },
      ],
    })
    const a = split.vendors.find((v) => v.vendor_id === "A")!
    expect(a.commission).toBe(90_000) // 90000.15
    expect(a.lines.map((l) => l.commission).reduce((s, c) => s + c, 0)).toBe(90_000)
    expect(split.platform).toBe(1_400_000 - 510_001 - 314_999)
    expect(computeSplit({ charged: 10, lines: [line("a", 10, "A")], fees: "vendors" })!.paystack.bearer_type).toBe("all-proportional")
  })

  it("refuses vendor lines worth more than the charge, and fractional subunits", () => {
    expect(() => computeSplit({ charged: 99, lines: [line("a", 100, "A")], fees: "platform" })).toThrow(/more than the amount charged/)
    expect(() => computeSplit({ charged: 100, lines: [line("a", 10.5, "A")], fees: "platform" })).toThrow(/whole number/)
  })

  it("is exact for any cart: shares + commissions + the platform's own == charged, per line too (random carts)", () => {
    let seed = 25
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed % n
    }
    for (let run = 0; run < 2_000; run++) {
      const vendors = ["A", "B", "C", "D"].slice(0, 1 + rand(4))
      const rates = vendors.map(() => rand(10_001) / 100)
      const lines: SplitLine[] = []
      const n = 1 + rand(8)
      for (let i = 0; i < n; i++) {
        const v = rand(vendors.length + 1)
        const amount = rand(5) === 0 ? rand(100) : rand(50_000_000)
        // One line in three has its product's own commission, overriding the vendor's rate.
        const rate = v < vendors.length && rand(3) === 0 ? rand(10_001) / 100 : rates[v]
        lines.push(v === vendors.length ? line(`l${i}`, amount) : line(`l${i}`, amount, vendors[v], rate))
      }
      const shipping = rand(300_000)
      const charged = lines.reduce((s, l) => s + l.amount, 0) + shipping
      const split = computeSplit({ charged, lines, fees: rand(2) ? "platform" : "vendors" })
      // Each vendor's commission: Σ amount × rate over its lines, in hundredths of a percent, rounded half up once.
      const commissionOfVendor = (v: string) => {
        const mine = lines.filter((l) => l.vendor_id === v)
        const exact = mine.reduce((t, l) => t + BigInt(l.amount) * BigInt(percentToBasisPoints(l.commission_percent)), 0n)
        return Number((exact + 5_000n) / 10_000n)
      }
      const netOf = (v: string) => lines.filter((l) => l.vendor_id === v).reduce((t, l) => t + l.amount, 0) - commissionOfVendor(v)
      if (vendors.every((v) => netOf(v) === 0)) {
        expect(split).toBeNull() // nobody to pay: no split
        continue
      }
      const own = lines.filter((l) => !l.vendor_id).reduce((s, l) => s + l.amount, 0)
      const shares = split!.vendors.reduce((s, v) => s + v.share, 0)
      const commissions = split!.vendors.reduce((s, v) => s + v.commission, 0)
      expect(shares + commissions + own + shipping).toBe(charged)
      expect(shares + split!.platform).toBe(charged)
      for (const v of split!.vendors) {
        expect(v.commission).toBe(commissionOfVendor(v.vendor_id))
        expect(v.share).toBeGreaterThanOrEqual(0)
        expect(v.lines.reduce((s, l) => s + l.commission, 0)).toBe(v.commission)
        for (const l of v.lines) expect(l.commission).toBeLessThanOrEqual(l.amount)
      }
      expect(split!.paystack.subaccounts.every((s) => Number.isSafeInteger(s.share) && s.share > 0)).toBe(true)
    }
  })

  it("takes a product's own commission for its lines, the vendor's rate for the others, rounding once per vendor", () => {
    // 100_001 × 15% = 15_000.15 and 33_333 × 2.5% = 833.325: 15_833.475 → 15_833, spread by amount × rate.
    const split = computeSplit({ charged: 133_334, lines: [line("a1", 100_001, "A", 15), line("a2", 33_333, "A", 2.5)], fees: "platform" })!
    expect(split.vendors[0]).toMatchObject({ gross: 133_334, commission: 15_833, share: 117_501 })
    expect(split.vendors[0].lines.map((l) => l.commission)).toEqual([15_000, 833])
    // A line with no commission keeps nothing back; the vendor's other line pays its rate.
    const free = computeSplit({ charged: 2_000, lines: [line("b1", 1_000, "B", 0), line("b2", 1_000, "B", 10)], fees: "platform" })!
    expect(free.vendors[0].lines.map((l) => l.commission)).toEqual([0, 100])
  })

  it("spreads the fee Paystack took from a vendor over its lines", () => {
    const split = computeSplit({ charged: 300, lines: [line("a1", 100, "A", 0), line("a2", 200, "A", 0)], fees: "vendors" })!
    const fees = vendorFees(split, [{ subaccount_code: "ACCT_A", amount: 295 }])
    expect([fees.get("a1"), fees.get("a2")]).toEqual([2, 3])
  })
})
