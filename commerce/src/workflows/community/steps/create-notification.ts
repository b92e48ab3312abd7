import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { preferencesOf } from "../../../lib/community/notification-preferences"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { NotificationDelivery } from "../../../modules/community/models/notification"
import type CommunityModuleService from "../../../modules/community/service"
import type { NewNotification } from "../../../modules/community/lib/notifications"

export type CreatedNotification = { id: string | null; delivery: NotificationDelivery; recipient_id: string; customer_id: string | null }

/**
 * Stores the notification as the recipient chose: nothing for their own
 * doing or a kind they turned off, and one row per source event however
 * often it is asked (`id` null when there is nothing new).
 */
export const createNotificationStep = createStep(
  "create-community-notification",
  async (input: NewNotification, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const nothing = (delivery: NotificationDelivery, customer_id: string | null = null) =>
      new StepResponse<CreatedNotification, string | null>({ id: null, delivery, recipient_id: input.recipient_id, customer_id }, null)
    if (input.actor_id && input.actor_id === input.recipient_id) return nothing("off")
    const [member] = await community.listCommunityMembers({ id: input.recipient_id })
    if (!member) return nothing("off")
    const delivery = preferencesOf(member)[input.kind]
    if (delivery === "off") return nothing(delivery, member.customer_id)
    const created = await community.createNotificationOnce(input)
    if (!created) return nothing(delivery, member.customer_id)
    return new StepResponse<CreatedNotification, string | null>(
      { id: created.id, delivery, recipient_id: member.id, customer_id: member.customer_id },
      created.id
    )
  },
  // Gone again, so a retry of the event creates it (and sends its email) afresh.
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteCommunityNotifications(id)
  }
)
