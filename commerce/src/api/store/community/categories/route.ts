import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../read"

/** The community's categories in their display order. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const categories = await communityOf(req.scope).listCommunityCategories({}, { order: { rank: "ASC", name: "ASC" }, take: 100 })
  res.json({ categories: categories.map(({ id, name, slug, description, rank }) => ({ id, name, slug, description, rank })) })
}
