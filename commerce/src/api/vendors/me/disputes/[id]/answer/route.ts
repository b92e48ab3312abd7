import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentDisputes } from "../../../../../../lib/marketplace/present-disputes"
import { MARKETPLACE_MODULE } from "../../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../../modules/marketplace/service"
import { answerDisputeWorkflow } from "../../../../../../workflows/marketplace/disputes/answer-dispute"
import { currentVendorMember } from "../../../../current-member"
import type { VendorAnswerDisputeType } from "../../validators"

/** POST { message }: the vendor's answer on a dispute about one of its lines; any other dispute is a 404. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAnswerDisputeType>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  await answerDisputeWorkflow(req.scope).run({
    input: { dispute_id: req.params.id, vendor_id: member.vendor.id, member_id: member.id, message: req.validatedBody.message },
  })
  const dispute = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).retrieveDispute(req.params.id)
  const [presented] = await presentDisputes(req.scope, [dispute], "vendor")
  res.json({ dispute: presented })
}
