import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductCommissionWorkflow } from "../../../../../../workflows/marketplace/set-product-commission"
import type { AdminSetProductCommissionType } from "../../../validators"

/**
 * POST { rate }: staff's commission for one vendor product in percent (null
 * clears it: the vendor's rate applies again). Carts split from now on use
 * it; orders already paid keep the split they were paid with.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductCommissionType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "vendor.id"], filters: { id: req.params.id } })
  const product = data[0] as { id: string; vendor?: { id: string } | null } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${req.params.id}`)
  if (!product.vendor) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a vendor's product has a commission: this one is the shop's own")
  const { result } = await setProductCommissionWorkflow(req.scope).run({
    input: { product_id: product.id, rate: req.validatedBody.rate, actor_id: req.auth_context.actor_id },
  })
  res.json({ product_id: product.id, vendor_id: product.vendor.id, commission_rate: result?.rate ?? null })
}
