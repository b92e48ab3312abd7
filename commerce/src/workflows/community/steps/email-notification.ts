import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notificationText, storefrontUrl } from "../../../lib/community/notification-text"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { CreatedNotification } from "./create-notification"

export const COMMUNITY_REPLY_TEMPLATE = "community-reply"
export const COMMUNITY_NOTIFICATION_TEMPLATE = "community-notification"

/**
 * Emails one new notification to its recipient at once. A reply keeps the
 * reply email it always had (its template and idempotency key); every other
 * kind gets the one-line notification email.
 */
export const emailNotificationStep = createStep("email-community-notification", async (created: CreatedNotification, { container }) => {
  if (!created.id || !created.customer_id) return new StepResponse(null)
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const [row] = await community.notificationFeed({ recipient_id: created.recipient_id, id: created.id, limit: 1 })
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(created.customer_id)
  if (!row || !customer.email) return new StepResponse(null)
  const { text, detail, path } = notificationText(row)
  const reply = row.kind === "reply" && row.reply_id ? (await community.listCommunityReplies({ id: row.reply_id }))[0] : undefined
  const email = reply
    ? {
        template: COMMUNITY_REPLY_TEMPLATE,
        idempotency_key: `community-reply:${reply.id}`,
        data: {
          discussion_title: row.discussion_title ?? "Your discussion",
          reply_author: row.actor_name ?? "A member",
          reply_html: reply.body_html,
          discussion_url: storefrontUrl(path.split("#")[0]),
        },
      }
    : {
        template: COMMUNITY_NOTIFICATION_TEMPLATE,
        idempotency_key: `community-notification:${row.id}`,
        data: { text, detail, url: storefrontUrl(path), settings_url: storefrontUrl("/community/me") },
      }
  const [sent] = await container.resolve(Modules.NOTIFICATION).createNotifications([
    { to: customer.email, channel: "email", resource_id: row.id, resource_type: "community_notification", ...email },
  ])
  return new StepResponse(sent ? { id: sent.id } : null)
})
