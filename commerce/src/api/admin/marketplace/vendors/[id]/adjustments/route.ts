import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkShopCurrency } from "../../../../../../lib/marketplace/shop-catalog"
import { recordVendorAdjustmentWorkflow } from "../../../../../../workflows/marketplace/record-adjustment"
import type { AdminCreateAdjustmentType } from "../../../validators"

/**
 * POST { amount, currency, reason, idempotency_key? } (or an Idempotency-Key
 * header): an `adjustment` on the vendor's ledger, signed kobo, with the
 * staff user as its reference. The same key again answers the same entry
 * (200) and writes nothing; a first write is a 201.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const header = req.get("idempotency-key")?.trim()
  const key = body.idempotency_key ?? header
  if (!key) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send an Idempotency-Key header (or idempotency_key) so a retried adjustment is written once")
  if (key.length > 200) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Idempotency-Key must be at most 200 characters")
  await checkShopCurrency(req.scope, body.currency)
  const { result, errors } = await recordVendorAdjustmentWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, amount: body.amount, currency_code: body.currency, reason: body.reason, actor_id: req.auth_context.actor_id, key },
    throwOnError: false,
  })
  const failure = errors[0]?.error as { type?: string; message?: string } | undefined
  // Medusa answers every CONFLICT with its idempotency wording: staff are told the key names another adjustment.
  if (failure?.type === MedusaError.Types.CONFLICT) return res.status(409).json({ type: "conflict", message: failure.message })
  if (failure) throw failure
  res.status(result.created ? 201 : 200).json({ adjustment: result.entry, created: result.created })
}
