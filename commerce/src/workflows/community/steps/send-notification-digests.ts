import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { preferencesOf } from "../../../lib/community/notification-preferences"
import { notificationText, storefrontUrl } from "../../../lib/community/notification-text"
import { dbOf, releaseClaims } from "../../../lib/lifecycle/claims"
import { COMMUNITY_MODULE } from "../../../modules/community"
import { NOTIFICATION_KINDS } from "../../../modules/community/models/notification"
import type CommunityModuleService from "../../../modules/community/service"
import type { ClaimedDigest } from "./claim-notification-digests"

export const COMMUNITY_DIGEST_TEMPLATE = "community-digest"
/** Listed in one digest; the rest are counted ("and 12 more"). */
const DIGEST_ITEMS = 20

/**
 * Sends each claimed digest, one at a time, listing the member's unread
 * notifications of the day of their digest kinds. One refused email gives
 * back only its own claim (tried again next run); it never throws, so the
 * claim step's compensation cannot undo digests already sent.
 */
export const sendNotificationDigestsStep = createStep("send-community-notification-digests", async (digests: ClaimedDigest[], { container }) => {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const members = digests.length ? await community.listCommunityMembers({ id: digests.map((d) => d.member_id) }, { take: null }) : []
  const sent: string[] = []
  const failed: string[] = []
  for (const digest of digests) {
    try {
      const member = members.find((m) => m.id === digest.member_id)
      const prefs = member ? preferencesOf(member) : null
      const kinds = prefs ? NOTIFICATION_KINDS.filter((k) => prefs[k] === "digest") : []
      const rows = await community.notificationFeed({
        recipient_id: digest.member_id,
        unread_only: true,
        since: digest.since,
        kinds,
        limit: 200,
      })
      // Read or turned off since the claim: nothing to say today (the claim stays, so no second try).
      if (!rows.length) continue
      const items = rows.slice(0, DIGEST_ITEMS).map((row) => {
        const { text, path } = notificationText(row)
        return { text, url: storefrontUrl(path) }
      })
      await notifications.createNotifications({
        to: digest.email,
        channel: "email",
        template: COMMUNITY_DIGEST_TEMPLATE,
        idempotency_key: `community-digest:${digest.subject_id}`,
        resource_id: digest.member_id,
        resource_type: "community_member",
        data: {
          items,
          more: rows.length - items.length,
          notifications_url: storefrontUrl("/community/notifications"),
          settings_url: storefrontUrl("/community/me"),
        },
      })
      sent.push(digest.subject_id)
    } catch (error) {
      failed.push(digest.subject_id)
      logger.warn(`Community digest ${digest.subject_id} not sent (tried again next run): ${(error as Error).message}`)
    }
  }
  if (failed.length) {
    await releaseClaims(dbOf(container), "community-digest", failed.map((subject_id) => ({ subject_id, previous_sent_at: null }))).catch(
      (error: Error) => logger.error(`Community digests: ${failed.length} failed claim(s) not given back: ${error.message}`)
    )
  }
  return new StepResponse({ claimed: digests.length, sent, failed })
})
