import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { badgesFor, communityOf } from "../../read"
import { presentMember, privacyColumns } from "../present"
import type { StoreUpdateMemberType } from "../../validators"
import { ownMember } from "./own-member"

/** The signed-in customer's own member profile, settings and badges. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await ownMember(req)
  const badges = await badgesFor(req.scope, [member.id])
  res.json({ member: { ...presentMember(member, true), badges: badges.get(member.id) ?? [] } })
}

/** Changes the signed-in customer's own profile (display name, bio, avatar, reply emails, privacy). */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateMemberType>, res: MedusaResponse) {
  const member = await ownMember(req)
  const { privacy, ...profile } = req.validatedBody
  // An avatar given by URL replaces an uploaded one, whose file then goes.
  const replacesUpload = profile.avatar_url !== undefined && !!member.avatar_file_key
  const updated = await communityOf(req.scope).updateCommunityMembers({
    id: member.id,
    ...profile,
    ...privacyColumns(privacy),
    ...(replacesUpload ? { avatar_file_key: null } : {}),
  })
  if (replacesUpload) await req.scope.resolve(Modules.FILE).deleteFiles(member.avatar_file_key!)
  res.json({ member: presentMember(updated, true) })
}
