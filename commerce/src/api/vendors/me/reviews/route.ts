import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorProductIdSet } from "../../../../lib/marketplace/vendor-orders"
import { presentReviews } from "../../../../lib/reviews/present"
import { REVIEWS_MODULE } from "../../../../modules/reviews"
import type ReviewsModuleService from "../../../../modules/reviews/service"
import { currentVendorMember } from "../../current-member"
import type { VendorListReviewsType } from "../orders/validators"

/**
 * GET: readers' reviews of the signed-in vendor's products, newest first, as
 * the shop shows them: only visible ones (staff hid the rest), with the
 * product's title and the reader's short name ("Ada O."), never who they are.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListReviewsType>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const { limit, offset } = req.validatedQuery as VendorListReviewsType
  const productIds = [...(await vendorProductIdSet(req.scope, member.vendor.id))]
  res.setHeader("cache-control", "private, no-store")
  if (!productIds.length) return res.json({ reviews: [], count: 0, limit, offset })
  const reviews = req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const [rows, count] = await reviews.listAndCountReviews(
    { product_id: productIds, status: "visible" },
    { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )
  const { data: products } = rows.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: [...new Set(rows.map((r) => r.product_id))] } })
    : { data: [] }
  const byId = new Map((products as { id: string; title: string; handle: string }[]).map((p) => [p.id, p]))
  const shown = await presentReviews(req.scope, rows)
  res.json({
    reviews: shown.map(({ id, product_id, rating, title, body, reader_name, verified_purchase, created_at }) => ({
      id,
      product: { id: product_id, title: byId.get(product_id)?.title ?? null, handle: byId.get(product_id)?.handle ?? null },
      rating,
      title,
      body,
      reader_name,
      verified_purchase,
      created_at,
    })),
    count,
    limit,
    offset,
  })
}
