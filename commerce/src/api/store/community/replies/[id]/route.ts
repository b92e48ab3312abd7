import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCommunityPostWorkflow } from "../../../../../workflows/community/delete-post"
import { editCommunityPostWorkflow } from "../../../../../workflows/community/edit-post"
import { communityOf, presentPost, viewerOf } from "../../read"
import type { StoreCreateReplyType } from "../../validators"

/** Its author changes the reply. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReplyType>, res: MedusaResponse) {
  await editCommunityPostWorkflow(req.scope).run({
    input: { body: req.validatedBody.body, target_type: "reply", target_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const viewer = await viewerOf(req.scope, req.auth_context.actor_id)
  const [reply] = await communityOf(req.scope).listCommunityReplies({ id: req.params.id }, { relations: ["author"] })
  res.json({ reply: presentPost(reply as never, viewer) })
}

/** Its author deletes the reply. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCommunityPostWorkflow(req.scope).run({
    input: { target_type: "reply", target_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, object: "community_reply", deleted: true })
}
