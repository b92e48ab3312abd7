import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../../../store/community/read"
import type { AdminListModerationLogType } from "../validators"
import { namesForLog } from "./present"

/** The moderation log, newest first: filtered by who acted, what they did and to what; each entry with names. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListModerationLogType>, res: MedusaResponse) {
  const { limit, offset, ...wanted } = req.validatedQuery
  const filters = Object.fromEntries(Object.entries(wanted).filter(([, value]) => value !== undefined))
  const [rows, count] = await communityOf(req.scope).listAndCountCommunityModerationLogs(filters, {
    order: { created_at: "DESC", id: "DESC" },
    take: limit,
    skip: offset,
  })
  const named = await namesForLog(req.scope, rows)
  res.json({ entries: rows.map(named), count, limit, offset })
}
