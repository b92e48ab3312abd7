import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../../../store/community/read"
import type { AdminListModerationLogType } from "../validators"

/** The moderation log, newest first, optionally for one target. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListModerationLogType>, res: MedusaResponse) {
  const { target_type, target_id, limit, offset } = req.validatedQuery
  const filters = { ...(target_type ? { target_type } : {}), ...(target_id ? { target_id } : {}) }
  const [entries, count] = await communityOf(req.scope).listAndCountCommunityModerationLogs(filters, {
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ entries, count, limit, offset })
}
