import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { memberActivity } from "../activity"
import { completedCourses } from "../courses"
import { presentMember, presentPublicMember, privacyOf } from "../present"
import { badgesFor, communityOf, viewerOf } from "../../read"

/**
 * A member's profile with the parts they show: bio, badges, courses
 * completed, latest visible posts. A part they keep private is absent from
 * the answer; a suspended member's profile is a 404 to everyone but them.
 * (Their groups join here with interest groups, under `privacy.groups`.)
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [member] = await communityOf(req.scope).listCommunityMembers({ id: req.params.id })
  const viewer = await viewerOf(req.scope, req.auth_context?.actor_id)
  const self = !!member && viewer?.id === member.id
  if (!member || (member.status === "suspended" && !self)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} was not found`)
  }
  const shown = self ? { bio: true, badges: true, groups: true, courses: true, posts: true } : privacyOf(member)
  const [badges, courses, activity] = await Promise.all([
    shown.badges ? badgesFor(req.scope, [member.id]) : null,
    shown.courses ? completedCourses(req.scope, member.customer_id) : null,
    shown.posts ? memberActivity(req.scope, member.id, viewer) : null,
  ])
  res.json({
    member: {
      ...(self ? presentMember(member, true) : presentPublicMember(member)),
      ...(badges ? { badges: badges.get(member.id) ?? [] } : {}),
      ...(courses ? { courses_completed: courses } : {}),
    },
    ...(activity ?? {}),
  })
}
