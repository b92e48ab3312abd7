import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../read"
import type { StoreListCategoriesType } from "../validators"

/**
 * The community's categories in their display order. Archived ones take no
 * new discussions and are left out, unless `include_archived=true` (a page
 * that shows an archived category's discussions still needs its name).
 */
export async function GET(req: MedusaRequest<unknown, StoreListCategoriesType>, res: MedusaResponse) {
  const filters = req.validatedQuery.include_archived ? {} : { archived_at: null }
  const categories = await communityOf(req.scope).listCommunityCategories(filters, { order: { rank: "ASC", name: "ASC" }, take: 200 })
  res.json({
    categories: categories.map(({ id, name, slug, description, rank, archived_at }) => ({ id, name, slug, description, rank, archived: !!archived_at })),
  })
}
