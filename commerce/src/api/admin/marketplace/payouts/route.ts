import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { localDate } from "../../../../lib/insights/period"
import { ledgerPeriod } from "../../../../lib/marketplace/ledger-query"
import { checkShopCurrency } from "../../../../lib/marketplace/shop-catalog"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { recordVendorPayoutWorkflow } from "../../../../workflows/marketplace/record-payout"
import type { AdminListPayoutsType, AdminRecordPayoutType } from "../validators"

/** GET `?vendor_id`: recorded payouts, newest period first, with who recorded each. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPayoutsType>, res: MedusaResponse) {
  const { vendor_id, limit, offset } = req.validatedQuery as AdminListPayoutsType
  const [payouts, count] = await req.scope
    .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    .listAndCountPayouts(vendor_id ? { vendor_id } : {}, { order: { period_from: "DESC", created_at: "DESC" }, take: limit, skip: offset })
  res.json({ payouts, count, limit, offset })
}

/**
 * POST { vendor_id, from, to, currency, reference? }: records what the vendor
 * was paid for days that have ended; the amount is the net of its ledger
 * entries in the period, never the caller's. A period overlapping a recorded
 * one is a 409 naming it.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPayoutType>, res: MedusaResponse) {
  const body = req.validatedBody
  const today = localDate(new Date())
  if (body.to >= today) throw new MedusaError(MedusaError.Types.INVALID_DATA, `A payout covers days that have ended: to must be before today (${today})`)
  await checkShopCurrency(req.scope, body.currency)
  const period = ledgerPeriod(body)
  const { result, errors } = await recordVendorPayoutWorkflow(req.scope).run({
    input: {
      vendor_id: body.vendor_id,
      currency_code: body.currency,
      period_from: period.from_date,
      period_to: period.to_date,
      from: period.from,
      to: period.to,
      reference: body.reference || null,
      created_by: req.auth_context.actor_id,
    },
    throwOnError: false,
  })
  const failure = errors[0]?.error as { type?: string; message?: string } | undefined
  // Medusa answers every CONFLICT with its idempotency wording: staff are told which payout the period overlaps.
  if (failure?.type === MedusaError.Types.CONFLICT) return res.status(409).json({ type: "conflict", message: failure.message })
  if (failure) throw failure
  req.scope.resolve("logger").info(`Payout ${result.id} recorded for vendor ${body.vendor_id} by ${req.auth_context.actor_id}: ${result.amount} ${body.currency}`)
  res.status(201).json({ payout: result })
}
