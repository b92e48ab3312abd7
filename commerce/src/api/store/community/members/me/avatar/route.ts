import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AvatarUploadError, squareAvatar } from "../../../../../../lib/community/avatar-image"
import { readAvatarUpload } from "../../../../../../lib/community/avatar-upload"
import { env } from "../../../../../../lib/env"
import { removeCommunityAvatarWorkflow, setCommunityAvatarWorkflow } from "../../../../../../workflows/community/set-avatar"
import { presentMember } from "../../present"
import { ownMember } from "../own-member"

/**
 * Uploads the signed-in member's avatar: multipart, field `file`. Its type
 * comes from its content (PNG, JPEG, WebP or GIF, else 400), 413 past
 * COMMUNITY_AVATAR_MAX_BYTES; stored as a 256 px square. A suspended member
 * cannot upload (403).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  try {
    const member = await ownMember(req)
    if (member.status === "suspended") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your community membership is suspended: you cannot change your avatar")
    }
    const { content, filename } = await readAvatarUpload(req, env.COMMUNITY_AVATAR_MAX_BYTES)
    const image = await squareAvatar(content, filename)
    const { result } = await setCommunityAvatarWorkflow(req.scope).run({ input: { member_id: member.id, content: image.toString("base64") } })
    res.status(201).json({ member: presentMember(result, true) })
  } catch (error) {
    // The rest of a refused upload is read and dropped, so the client gets the answer rather than a reset connection.
    if (!req.readableEnded) req.resume()
    if (!(error instanceof AvatarUploadError)) throw error
    res.status(error.status).json({ type: "invalid_data", message: error.message })
  }
}

/** Removes the signed-in member's avatar: their initials stand in again. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await ownMember(req)
  const { result } = await removeCommunityAvatarWorkflow(req.scope).run({ input: { member_id: member.id } })
  res.json({ member: presentMember(result, true) })
}
