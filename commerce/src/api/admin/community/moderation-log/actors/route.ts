import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf } from "../../../../store/community/read"
import { namesForLog } from "../present"

/** Everyone who appears in the log as having acted (staff and moderators), named: the log screen's "who" filter. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // Shaped as log entries with no target, so the log's own naming applies.
  const entries = (await communityOf(req.scope).moderationActors()).map((a) => ({ ...a, target_type: "none", target_id: "" }))
  const named = await namesForLog(req.scope, entries)
  res.json({
    actors: entries.map(named).map((e) => ({ type: e.actor_type, id: e.actor_id, name: e.actor.name, actions: e.actions, last_action_at: e.last_action_at })),
  })
}
