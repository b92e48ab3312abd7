import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chunks, fromPayment, fromSession, pagedIds, PAYMENT_FIELDS, SESSION_FIELDS, type PaymentRow, type SessionRow } from "../shop-payments"
import type { CheckedTransaction, ReconciliationPeriod, ShopPayment } from "../types"
import { failRunOnError } from "./run-guard"

export const loadShopPaymentsStepId = "load-shop-payments"

type Input = { run_id: string; period: ReconciliationPeriod; transactions: CheckedTransaction[] }

/**
 * The shop's side: the payments (or payment sessions) behind the period's
 * gateway transactions, the gateway payments of orders placed in the
 * period, and those refunded in the period, each with its order.
 */
export const loadShopPaymentsStep = createStep(loadShopPaymentsStepId, async ({ run_id, period, transactions }: Input, { container }) =>
  failRunOnError(container, run_id, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const within = { $gte: new Date(period.from), $lte: new Date(period.to) }
    const sessions: SessionRow[] = []
    for (const ids of chunks([...new Set(transactions.map((t) => t.session_id).filter((id): id is string => !!id))])) {
      const { data } = await query.graph({ entity: "payment_session", fields: SESSION_FIELDS, filters: { id: ids } })
      sessions.push(...(data as SessionRow[]))
    }
    const paymentIds = new Set(sessions.flatMap((s) => (s.payment ? [s.payment.id] : [])))
    const ofOrders = await pagedIds(query, "order", ["id", "payment_collections.payments.id"], { created_at: within }, (o) =>
      (o.payment_collections ?? []).flatMap((c: any) => (c?.payments ?? []).map((p: any) => p.id))
    )
    const refundedInPeriod = await pagedIds(query, "refund", ["id", "payment_id"], { created_at: within }, (r) => [r.payment_id])
    for (const id of [...ofOrders, ...refundedInPeriod]) paymentIds.add(id)

    const shop: ShopPayment[] = sessions.map(fromSession).filter((p): p is ShopPayment => !!p)
    for (const ids of chunks([...paymentIds])) {
      const { data } = await query.graph({ entity: "payment", fields: PAYMENT_FIELDS, filters: { id: ids } })
      shop.push(...(data as PaymentRow[]).map(fromPayment).filter((p): p is ShopPayment => !!p))
    }
    return new StepResponse(shop)
  })
)
