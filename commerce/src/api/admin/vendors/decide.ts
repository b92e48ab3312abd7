import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type { VendorDecision } from "../../../modules/marketplace/lib/decisions"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { isPaystackUnavailable } from "../../../modules/paystack/client"
import { decideVendorWorkflow } from "../../../workflows/marketplace/decide-vendor"
import { presentVendorsForStaff } from "./present"

/** Runs staff's decision on the vendor of the route, answering the vendor as it is now and whether this call changed it. */
export async function decideAndRespond(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse, decision: VendorDecision) {
  const { result, errors } = await decideVendorWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, decision, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id },
    throwOnError: false,
  })
  const failure = errors[0]?.error
  if (failure) {
    // Paystack down or slow: the approval was undone, and trying again is safe.
    if (isPaystackUnavailable(failure) || /^Paystack is unavailable/.test(failure.message ?? "")) {
      return res.status(503).json({ type: "unavailable", message: `Paystack is not answering, so the vendor was not approved: try again in a moment (${failure.message})` })
    }
    throw failure
  }
  const vendor = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveVendor(req.params.id)
  const [presented] = await presentVendorsForStaff(req.scope, [vendor])
  res.json({ vendor: presented, changed: result.changed })
}
