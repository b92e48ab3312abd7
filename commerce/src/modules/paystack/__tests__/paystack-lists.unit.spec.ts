import { startPaystackSimulator, type RunningSimulator } from "../../../../integration-tests/utils/paystack-simulator"
import { PaystackClient } from "../client"

const SECRET = "sk_test_lists_spec"
const DAY = "2026-03-02"
const at = (hour: number, minute = 0) => `${DAY}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00.000Z`

jest.setTimeout(60_000)

describe("Paystack client lists", () => {
  let simulator: RunningSimulator
  let client: PaystackClient
  const plant = (body: Record<string, unknown>) =>
    fetch(`${simulator.url}/__simulator/transactions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json())

  beforeAll(async () => {
    simulator = await startPaystackSimulator({ secretKey: SECRET })
    client = new PaystackClient(SECRET, simulator.url)
  })
  afterAll(() => simulator.stop())

  it("reads every page of a period's transactions (more than one page of 100), and none outside it", async () => {
    const inside: string[] = []
    for (let i = 0; i < 230; i++) {
      const reference = `in-${i}`
      inside.push(reference)
      await plant({ reference, amount: 1000 + i, created_at: at(8 + Math.floor(i / 60), i % 60) })
    }
    await plant({ reference: "before", amount: 1000, created_at: "2026-03-01T23:59:59.999Z" })
    await plant({ reference: "after", amount: 1000, created_at: "2026-03-03T00:00:00.000Z" })

    const listed = await client.listTransactions({ from: new Date(`${DAY}T00:00:00.000Z`), to: new Date(`${DAY}T23:59:59.999Z`) })
    expect(listed.map((t) => t.reference).sort()).toEqual(inside.sort())
    expect(new Set(listed.map((t) => t.id)).size).toBe(230)
    expect(listed.find((t) => t.reference === "in-7")).toMatchObject({ status: "success", amount: 1007, currency: "NGN" })
  })

  it("reads the refunds made in a period, naming the refunded transaction by id", async () => {
    const { data: t } = await plant({ reference: "refunded", amount: 50_000 })
    await client.createRefund({ transaction: "refunded", amount: 1_000 })
    await client.createRefund({ transaction: "refunded", amount: 2_000 })
    const now = Date.now()
    const made = await client.listRefundsMade({ from: new Date(now - 60_000), to: new Date(now + 60_000) })
    expect(made.map((r) => [r.amount, r.transaction])).toEqual([
      [2_000, t.id],
      [1_000, t.id],
    ])
    expect(await client.listRefundsMade({ from: new Date("2020-01-01"), to: new Date("2020-01-02") })).toEqual([])
  })

  it("fetches a transaction by Paystack's id", async () => {
    const { data: t } = await plant({ reference: "by-id", amount: 7_500, currency: "USD" })
    expect(await client.fetchTransaction(t.id)).toMatchObject({ id: t.id, reference: "by-id", amount: 7_500, currency: "USD" })
  })
})
