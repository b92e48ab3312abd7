import type { MedusaContainer } from "@medusajs/framework/types"
import type { NewNotification } from "../../modules/community/lib/notifications"
import { notifyCommunityMemberWorkflow } from "../../workflows/community/notify-member"

export type { NewNotification } from "../../modules/community/lib/notifications"

/**
 * Tells a member about something, honouring their preference for its kind;
 * the one way notifications are made, for subscribers and any other code.
 * `source_key` names the event (unique: asking twice creates one), and
 * `actor_id` the member who caused it (a member is never told of their own doing).
 *
 * Group invitations are created only through this call, by the groups code:
 *   notifyMember(container, {
 *     recipient_id: invitee.id, kind: "group_invite", actor_id: inviter?.id ?? null,
 *     subject_id: group.id, data: { group_name: group.name, path: `/community/groups/${group.slug}` },
 *     source_key: `group_invite:${invitation.id}`,
 *   })
 * (`data.path` is where the notification leads; only paths under /community are followed.)
 */
export async function notifyMember(container: MedusaContainer, notification: NewNotification) {
  const { result } = await notifyCommunityMemberWorkflow(container).run({ input: notification })
  return result
}
