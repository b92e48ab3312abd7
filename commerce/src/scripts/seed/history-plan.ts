/**
 * What 90 days of a small shop's history look like, decided before anything
 * is written: the same plan every time (a seeded generator), so a demo
 * database always tells the same story. Busier lately, mostly naira, some
 * dollars; print, ebooks and the course; a few refunds, cancellations and
 * carts left behind.
 */
export const HISTORY_DAYS = 90

export type PlannedLine = { sku: string; quantity: number }
export type PlannedOrder = {
  daysAgo: number
  /** Minutes after local midnight (Lagos) the order was placed. */
  minute: number
  customer: number
  currency: "ngn" | "usd"
  lines: PlannedLine[]
  refund?: { share: number; reason: string; note: string }
  cancel?: boolean
  /** For an order with the course: the share of its lessons the learner has done. */
  progress?: number
}
export type PlannedCart = { daysAgo: number; minute: number; customer: number; currency: "ngn" | "usd"; lines: PlannedLine[]; reachedPayment: boolean }

export const HISTORY_CUSTOMERS = 36
export const COURSE_SKU = "COURSE-WRITE-YOUR-FIRST-BOOK"
// In-stock print and ebook SKUs of the demo catalogue (see books.ts).
const PRINT = ["THE-QUIET-DRAFT-PAPERBACK", "THE-QUIET-DRAFT-HARDCOVER", "LEARNING-IN-PUBLIC-PAPERBACK", "HARMATTAN-LETTERS-PAPERBACK", "THE-TEACHERS-NOTEBOOK-HARDCOVER", "DEEP-WORK-IN-LAGOS-PAPERBACK", "THE-LONG-AFTERNOON-PAPERBACK"]
const EBOOKS = ["THE-QUIET-DRAFT-EBOOK", "LEARNING-IN-PUBLIC-EBOOK", "THE-TEACHERS-NOTEBOOK-EBOOK", "DEEP-WORK-IN-LAGOS-EBOOK", "SENTENCES-THAT-SING-EBOOK", "THE-LONG-AFTERNOON-EBOOK", "SMALL-HABITS-BIG-BOOKS-EBOOK"]
const REASONS = [
  { reason: "pricing_error", note: "Charged the old price" },
  { reason: "shipping_issue", note: "Arrived damaged" },
  { reason: "customer_care_adjustment", note: "Late delivery, part refunded" },
]

/** Mulberry32: a small deterministic generator. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, pick: <T>(items: T[]) => items[Math.floor(next() * items.length)], chance: (p: number) => next() < p }
}

export function planHistory(seed = 17): { orders: PlannedOrder[]; carts: PlannedCart[] } {
  const random = generator(seed)
  const orders: PlannedOrder[] = []
  const carts: PlannedCart[] = []
  const coursed = new Set<number>()
  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
    // From about one order every other day to nearly two a day.
    const expected = 0.5 + (1.3 * (HISTORY_DAYS - daysAgo)) / HISTORY_DAYS
    const count = Math.floor(expected + random.next())
    for (let i = 0; i < count; i++) {
      const customer = Math.floor(random.next() * HISTORY_CUSTOMERS)
      const currency = random.chance(0.8) ? "ngn" : "usd"
      const lines: PlannedLine[] = []
      // A course once per customer (they keep it in their account).
      const takesCourse = !coursed.has(customer) && random.chance(0.15)
      if (takesCourse) coursed.add(customer), lines.push({ sku: COURSE_SKU, quantity: 1 })
      if (!takesCourse || random.chance(0.3)) {
        if (currency === "ngn" && random.chance(0.6)) lines.push({ sku: random.pick(PRINT), quantity: random.chance(0.2) ? 2 : 1 })
        else lines.push({ sku: random.pick(EBOOKS), quantity: 1 })
      }
      const order: PlannedOrder = { daysAgo, minute: 7 * 60 + Math.floor(random.next() * 15 * 60), customer, currency, lines }
      if (takesCourse) order.progress = random.pick([0, 0.25, 0.5, 0.75, 1, 1])
      // Refunds and cancellations on book orders only: a refunded course is taken back, which this plan leaves out.
      if (!takesCourse && random.chance(0.04)) order.cancel = true
      else if (!takesCourse && random.chance(0.1)) order.refund = { share: random.pick([0.25, 0.5, 1]), ...random.pick(REASONS) }
      orders.push(order)
    }
    if (random.chance(0.35)) {
      const currency = random.chance(0.8) ? "ngn" : "usd"
      carts.push({
        daysAgo,
        minute: 8 * 60 + Math.floor(random.next() * 14 * 60),
        customer: Math.floor(random.next() * HISTORY_CUSTOMERS),
        currency,
        lines: [{ sku: currency === "ngn" && random.chance(0.5) ? random.pick(PRINT) : random.pick(EBOOKS), quantity: 1 }],
        reachedPayment: random.chance(0.4),
      })
    }
  }
  return { orders, carts }
}
