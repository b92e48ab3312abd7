import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  createCartWorkflow,
  createCustomersWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createPaymentCollectionForCartWorkflow,
  markPaymentCollectionAsPaid,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { dbOf } from "../../lib/insights/sql"
import { startOfLocalDay, localDate } from "../../lib/insights/period"
import { HISTORY_CUSTOMERS, planHistory, type PlannedCart, type PlannedOrder } from "./history-plan"
import { enrolPlannedLearner } from "./history-learners"
import { loadHistoryShop, type HistoryShop } from "./history-shop"

type Container = ExecArgs["container"]

const PARALLEL_ORDERS = 4

const NAMES = ["Amaka", "Tunde", "Ngozi", "Femi", "Zainab", "Kelechi", "Yemi", "Chioma", "Ibrahim", "Funke", "Obinna", "Halima"]
const SURNAMES = ["Okeke", "Adeyemi", "Bello", "Eze", "Lawal", "Nwosu"]
export const historyEmail = (n: number) => `reader${String(n + 1).padStart(2, "0")}@history.example.com`

/** The instant `minute` minutes after Lagos midnight, `daysAgo` days before today. */
const at = (daysAgo: number, minute: number) =>
  new Date(startOfLocalDay(localDate(new Date(Date.now() - daysAgo * 86_400_000))).getTime() + minute * 60_000)

async function ensureCustomers(container: Container): Promise<string[]> {
  const emails = Array.from({ length: HISTORY_CUSTOMERS }, (_, n) => historyEmail(n))
  const customers = container.resolve(Modules.CUSTOMER)
  const existing = await customers.listCustomers({ email: emails }, { select: ["id", "email"] })
  const missing = emails.filter((email) => !existing.some((c) => c.email === email))
  if (missing.length) {
    const { result } = await createCustomersWorkflow(container).run({
      input: {
        customersData: missing.map((email) => {
          const n = emails.indexOf(email)
          return { email, first_name: NAMES[n % NAMES.length], last_name: SURNAMES[n % SURNAMES.length] }
        }),
      },
    })
    existing.push(...result)
  }
  return emails.map((email) => existing.find((c) => c.email === email)!.id)
}

/** The order through Medusa's workflows: created, paid (the system provider stands in for Paystack), refunded or cancelled. */
async function placeOrder(container: Container, shop: HistoryShop, plan: PlannedOrder, customerId: string, key: string) {
  const region = shop.regions[plan.currency]
  const ships = plan.lines.some((l) => shop.variants.get(l.sku)!.ships)
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: region.id,
      currency_code: plan.currency,
      customer_id: customerId,
      email: historyEmail(plan.customer),
      sales_channel_id: shop.salesChannelId,
      // Title, prices and the rest come from the variant, as for an order placed in the shop.
      items: plan.lines.map((l) => ({ variant_id: shop.variants.get(l.sku)!.id, quantity: l.quantity })) as never,
      shipping_address: ships ? region.address : undefined,
      shipping_methods: ships ? [region.shipping] : [],
      metadata: { demo_history: true, demo_history_key: key },
    },
  })
  const total = Number((await container.resolve(Modules.ORDER).retrieveOrder(order.id, { select: ["id", "total"] })).total)
  const { result: collections } = await createOrderPaymentCollectionWorkflow(container).run({ input: { order_id: order.id, amount: total } })
  const { result: payment } = await markPaymentCollectionAsPaid(container).run({
    input: { order_id: order.id, payment_collection_id: collections[0].id },
  })
  if (plan.refund) {
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: payment!.id,
        amount: Math.round(total * plan.refund.share * 100) / 100,
        refund_reason_id: shop.refundReasons.get(plan.refund.reason),
        note: plan.refund.note,
      },
    })
  }
  if (plan.cancel) await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
  return order.id
}

/** A cart for the same lines; carts that reach payment get a payment collection, as at checkout. */
async function startCart(
  container: Container,
  shop: HistoryShop,
  plan: Pick<PlannedCart, "currency" | "lines" | "customer" | "reachedPayment">,
  customerId: string,
  key?: string
) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: shop.regions[plan.currency].id,
      sales_channel_id: shop.salesChannelId,
      customer_id: customerId,
      email: historyEmail(plan.customer),
      items: plan.lines.map((l) => ({ variant_id: shop.variants.get(l.sku)!.id, quantity: l.quantity })),
      ...(key ? { metadata: { demo_history_key: key } } : {}),
    },
  })
  if (plan.reachedPayment) await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  return cart.id
}

/** Moves what a history order and its cart wrote to the moment the plan gives (refunds a day or two later, within the past). */
async function backdate(container: Container, orderId: string, cartId: string, placed: Date, plan: PlannedOrder) {
  const db = dbOf(container)
  const later = new Date(Math.min(placed.getTime() + (1 + (plan.customer % 3)) * 86_400_000, Date.now() - 3_600_000))
  await db.raw(`UPDATE "order" SET created_at = :placed, canceled_at = CASE WHEN canceled_at IS NULL THEN NULL ELSE :later::timestamptz END WHERE id = :order`, { placed, later, order: orderId })
  await db.raw(`UPDATE order_summary SET created_at = :placed WHERE order_id = :order`, { placed, order: orderId })
  await db.raw(`UPDATE order_transaction SET created_at = CASE WHEN reference = 'refund' THEN :later::timestamptz ELSE :placed::timestamptz END WHERE order_id = :order`, { placed, later, order: orderId })
  await db.raw(
    `UPDATE refund SET created_at = :later WHERE payment_id IN (
       SELECT p.id FROM payment p JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id WHERE opc.order_id = :order)`,
    { later, order: orderId }
  )
  await db.raw(`UPDATE cart SET created_at = :placed, updated_at = :placed, completed_at = :placed WHERE id = :cart`, { placed, cart: cartId })
}

/**
 * Ninety days of history for the Insights page: orders in both currencies and
 * every format through Medusa's order and payment workflows, refunds and
 * cancellations, learners enrolled and part-way through the course, carts
 * left behind. Then each is moved back to its day. Each planned order and
 * cart carries its key (metadata.demo_history_key), so a second run adds
 * nothing and a run stopped half-way is finished by the next. Demo data
 * only: the caller keeps it behind the demo-seed guard. Answers the number
 * of orders added. `plan` is for the spec, which records a few of them.
 */
export async function ensureDemoHistory(container: Container, plan = planHistory()): Promise<number> {
  const db = dbOf(container)
  const keysIn = async (table: string) =>
    new Set(
      ((await db.raw(`SELECT metadata->>'demo_history_key' AS key FROM ${table} WHERE metadata->>'demo_history_key' IS NOT NULL`)).rows as { key: string }[]).map((r) => r.key)
    )
  const [doneOrders, doneCarts] = [await keysIn(`"order"`), await keysIn("cart")]
  const orders = plan.orders.map((planned, n) => ({ planned, key: `order-${n}` })).filter(({ key }) => !doneOrders.has(key))
  const carts = plan.carts.map((planned, n) => ({ planned, key: `cart-${n}` })).filter(({ key }) => !doneCarts.has(key))
  if (!orders.length && !carts.length) return 0
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const shop = await loadHistoryShop(container)
  const customers = await ensureCustomers(container)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const record = async ({ planned, key }: { planned: PlannedOrder; key: string }) => {
    const placed = at(planned.daysAgo, planned.minute)
    const cartId = await startCart(container, shop, { ...planned, reachedPayment: true }, customers[planned.customer])
    const orderId = await placeOrder(container, shop, planned, customers[planned.customer], key)
    await link.create({ [Modules.ORDER]: { order_id: orderId }, [Modules.CART]: { cart_id: cartId } })
    await backdate(container, orderId, cartId, placed, planned)
    if (planned.progress !== undefined) await enrolPlannedLearner(container, shop, orderId, customers[planned.customer], placed, planned.progress)
  }
  // A few at a time: each order waits on the database far more than on the processor.
  for (let n = 0; n < orders.length; n += PARALLEL_ORDERS) {
    await Promise.all(orders.slice(n, n + PARALLEL_ORDERS).map(record))
    logger.info(`Demo history: ${Math.min(n + PARALLEL_ORDERS, orders.length)} of ${orders.length} orders`)
  }
  for (const { planned, key } of carts) {
    const cartId = await startCart(container, shop, planned, customers[planned.customer], key)
    const started = at(planned.daysAgo, planned.minute)
    await db.raw(`UPDATE cart SET created_at = :started, updated_at = :started WHERE id = :cart`, { started, cart: cartId })
  }
  return orders.length
}
