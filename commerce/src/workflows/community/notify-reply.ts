import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"

export const notifyCommunityReplyWorkflowId = "notify-community-reply"
export const COMMUNITY_REPLY_TEMPLATE = "community-reply"

type ReplyForEmail = {
  id: string
  body_html: string
  author_id: string
  author?: { display_name?: string }
  discussion?: { id: string; title: string; category?: { slug?: string }; author?: { id: string; customer_id: string; notify_on_reply: boolean } }
}

/** Emails a discussion's author about a new reply, unless they wrote it or turned these emails off. */
export const notifyCommunityReplyWorkflow = createWorkflow(notifyCommunityReplyWorkflowId, (input: { reply_id: string }) => {
  const { data: reply } = useQueryGraphStep({
    entity: "community_reply",
    fields: [
      "id",
      "body_html",
      "author_id",
      "author.display_name",
      "discussion.id",
      "discussion.title",
      "discussion.category.slug",
      "discussion.author.id",
      "discussion.author.customer_id",
      "discussion.author.notify_on_reply",
    ],
    filters: { id: input.reply_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-reply" })
  const recipient = transform({ reply }, ({ reply }) => {
    const r = reply as unknown as ReplyForEmail
    const author = r.discussion?.author
    return author && author.id !== r.author_id && author.notify_on_reply ? author.customer_id : null
  })
  when({ recipient }, ({ recipient }) => !!recipient).then(() => {
    const { data: customer } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "first_name"],
      filters: { id: recipient as unknown as string },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "get-discussion-author" })
    const notifications = transform({ reply, customer }, ({ reply, customer }) => {
      const r = reply as unknown as ReplyForEmail
      const d = r.discussion!
      // A customer without an email (never for an account, but typed so) gets nothing to send.
      if (!customer.email) return []
      return [
        {
          to: customer.email,
          channel: "email",
          template: COMMUNITY_REPLY_TEMPLATE,
          idempotency_key: `community-reply:${r.id}`,
          data: {
            discussion_title: d.title,
            reply_author: r.author?.display_name ?? "A member",
            reply_html: r.body_html,
            discussion_url: `${env.STOREFRONT_PUBLIC_URL}/ng/community/${d.category?.slug ?? "all"}/${d.id}`,
          },
        },
      ]
    })
    return sendNotificationsStep(notifications)
  })
  return new WorkflowResponse({ reply_id: input.reply_id })
})
