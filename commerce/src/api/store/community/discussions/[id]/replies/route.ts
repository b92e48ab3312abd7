import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCommunityReplyWorkflow } from "../../../../../../workflows/community/create-reply"
import { communityOf, presentPost, viewerOf } from "../../../read"
import { idempotencyKeyOf, type StoreCreateReplyType } from "../../../validators"

/** A member replies (rate limited; not to a locked discussion; a double submit is stored once). */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReplyType>, res: MedusaResponse) {
  const { result } = await createCommunityReplyWorkflow(req.scope).run({
    input: {
      body: req.validatedBody.body,
      discussion_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      idempotency_key: idempotencyKeyOf(req.headers["idempotency-key"]),
    },
  })
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  const [reply] = await communityOf(req.scope).listCommunityReplies({ id: result.id }, { relations: ["author"] })
  res.status(result.created ? 201 : 200).json({ reply: presentPost(reply as never, viewer), created: result.created })
}
