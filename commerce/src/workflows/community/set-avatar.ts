import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteAvatarFileStep } from "./steps/delete-avatar-file"
import { setMemberAvatarStep } from "./steps/set-member-avatar"
import { storeAvatarFileStep } from "./steps/store-avatar-file"

export const setCommunityAvatarWorkflowId = "set-community-avatar"

/** A member's new avatar (already squared, base64 WebP): stored, set on their profile, the old file deleted. */
export const setCommunityAvatarWorkflow = createWorkflow(setCommunityAvatarWorkflowId, (input: { member_id: string; content: string }) => {
  const file = storeAvatarFileStep(input)
  const avatar = transform({ input, file }, ({ input, file }) => ({ member_id: input.member_id, avatar_url: file.url, avatar_file_key: file.key }))
  const set = setMemberAvatarStep(avatar)
  deleteAvatarFileStep(transform({ set }, ({ set }) => set.replaced_key))
  return new WorkflowResponse(transform({ set }, ({ set }) => set.member))
})

export const removeCommunityAvatarWorkflowId = "remove-community-avatar"

/** A member goes back to their initials: the avatar is unset and its file deleted. */
export const removeCommunityAvatarWorkflow = createWorkflow(removeCommunityAvatarWorkflowId, (input: { member_id: string }) => {
  const avatar = transform({ input }, ({ input }) => ({ member_id: input.member_id, avatar_url: null, avatar_file_key: null }))
  const set = setMemberAvatarStep(avatar)
  deleteAvatarFileStep(transform({ set }, ({ set }) => set.replaced_key))
  return new WorkflowResponse(transform({ set }, ({ set }) => set.member))
})
