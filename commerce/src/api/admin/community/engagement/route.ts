import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../../../store/community/read"

/** Active members over 7 and 30 days, posts per day for two weeks, and the top discussions. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ engagement: await communityOf(req.scope).engagement(14) })
}
