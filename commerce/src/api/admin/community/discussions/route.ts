import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf, likePattern, presentAuthor, presentCategory } from "../../../store/community/read"
import type { AdminListDiscussionsType } from "../validators"

/** Every discussion for staff, hidden ones included, newest activity first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListDiscussionsType>, res: MedusaResponse) {
  const { q, visibility, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = visibility ? { visibility } : {}
  if (q) filters.title = { $ilike: likePattern(q) }
  const [rows, count] = await communityOf(req.scope).listAndCountCommunityDiscussions(filters, {
    relations: ["author", "category"],
    order: { last_activity_at: "DESC" },
    take: limit,
    skip: offset,
  })
  const discussions = rows.map(({ body, dedupe_key, author, category, ...d }) => ({
    ...d,
    author: presentAuthor(author as never),
    category: presentCategory(category as never),
  }))
  res.json({ discussions, count, limit, offset })
}
