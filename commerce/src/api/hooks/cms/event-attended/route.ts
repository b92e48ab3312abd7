import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { awardEarnedBadgesWorkflow } from "../../../../workflows/community/award-earned-badges"
import type { HooksCmsEventAttendedType } from "./validators"

/**
 * POST /hooks/cms/event-attended: staff marked a reader's RSVP attended in the
 * cms (its job repeats the call until it gets a 200). Commerce does not take
 * the body's word for it: the badge's condition asks the cms again. A reader
 * who has not joined the community gets the badge when they join.
 */
export async function POST(req: MedusaRequest<HooksCmsEventAttendedType>, res: MedusaResponse) {
  const { result } = await awardEarnedBadgesWorkflow(req.scope).run({
    input: { customer_id: req.validatedBody.customer_id, kinds: ["event_attendee"] },
  })
  res.json({ awarded: result.map((badge) => badge.kind) })
}
