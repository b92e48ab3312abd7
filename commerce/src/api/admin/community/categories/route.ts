import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCommunityCategoryWorkflow } from "../../../../workflows/community/create-category"
import { communityOf } from "../../../store/community/read"
import type { AdminCreateCategoryType } from "../validators"
import { presentAdminCategory } from "./present"

/** Every category for staff: those in use in their order, then the archived ones, each with its discussion count. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const community = communityOf(req.scope)
  const [categories, counts] = await Promise.all([
    community.listCommunityCategories({}, { order: { rank: "ASC", name: "ASC" }, take: null }),
    community.discussionCountsByCategory(),
  ])
  const active = categories.filter((c) => !c.archived_at)
  const archived = categories.filter((c) => c.archived_at)
  res.json({ categories: [...active, ...archived].map((c) => presentAdminCategory(c, counts)) })
}

/** Staff create a category (last in the order); the slug is checked and the log records it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCategoryType>, res: MedusaResponse) {
  const { result } = await createCommunityCategoryWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ category: presentAdminCategory(result, new Map()) })
}
