import { z } from "@medusajs/framework/zod"
import { FEED_FILTERS } from "../../../modules/community/lib/activity-feed"
import { BADGE_KINDS } from "../../../modules/community/models/badge"
import { FOLLOW_TARGETS } from "../../../modules/community/models/follow"

export const TITLE_MAX = 150
export const DISCUSSION_BODY_MAX = 10_000
export const REPLY_BODY_MAX = 5_000

const text = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(min, `${name} must be at least ${min} character${min === 1 ? "" : "s"}`)
    .max(max, `${name} must be at most ${max} characters`)

const paging = {
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
}

export const StoreListCategories = z.object({
  include_archived: z
    .enum(["true", "false"], { error: "include_archived must be true or false" })
    .optional()
    .transform((v) => v === "true"),
})
export type StoreListCategoriesType = z.infer<typeof StoreListCategories>

export const StoreListDiscussions = z.object({
  category: z.string().max(100).optional(),
  /** A group's id or slug: its discussions only. */
  group: z.string().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(["newest", "active"]).default("active"),
  ...paging,
})
export type StoreListDiscussionsType = z.infer<typeof StoreListDiscussions>

export const StoreListReplies = z.object(paging)
export type StoreListRepliesType = z.infer<typeof StoreListReplies>

export const StoreJoinCommunity = z
  .object({
    display_name: text("display_name", 2, 50),
    bio: text("bio", 0, 500).optional(),
    avatar_url: z.string().url("avatar_url must be a URL").regex(/^https:\/\//, "avatar_url must be an https URL").max(500).optional(),
  })
  .strict()
export type StoreJoinCommunityType = z.infer<typeof StoreJoinCommunity>

/** Which parts of the profile other readers see; those not sent stay as they are. */
export const StoreMemberPrivacy = z
  .object({
    bio: z.boolean().optional(),
    badges: z.boolean().optional(),
    groups: z.boolean().optional(),
    courses: z.boolean().optional(),
    posts: z.boolean().optional(),
    hidden_from_directory: z.boolean().optional(),
  })
  .strict()

export const StoreUpdateMember = StoreJoinCommunity.partial()
  .extend({ notify_on_reply: z.boolean().optional(), privacy: StoreMemberPrivacy.optional() })
  .strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>

/** The member directory: by name, badge and course taken; paged by an opaque cursor. */
export const StoreListMembers = z
  .object({
    q: z.string().trim().max(100, "q must be at most 100 characters").optional(),
    badge: z.enum([...BADGE_KINDS], { error: `badge must be one of ${BADGE_KINDS.join(", ")}` }).optional(),
    course: z.string().trim().min(1).max(100, "course must be at most 100 characters").optional(),
    /** An interest group's id or slug: its members who show their groups (a private group's, to its members only). */
    group: z.string().trim().min(1).max(100, "group must be at most 100 characters").optional(),
    cursor: z.string().max(400, "cursor is not one this directory gave").optional(),
    limit: z.coerce.number().int().min(1).max(50).default(24),
  })
export type StoreListMembersType = z.infer<typeof StoreListMembers>

/** The community feed: everything the reader may see, or only what they follow; paged by an opaque cursor. */
export const StoreListFeed = z.object({
  filter: z.enum([...FEED_FILTERS]).default("all"),
  cursor: z.string().max(400, "cursor is not one this feed gave").optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type StoreListFeedType = z.infer<typeof StoreListFeed>

/** A member or discussion to follow or stop following. */
export const StoreFollow = z
  .object({
    target_type: z.enum([...FOLLOW_TARGETS]),
    target_id: z.string({ error: "target_id is required" }).trim().min(1, "target_id is required").max(100, "target_id must be at most 100 characters"),
  })
  .strict()
export type StoreFollowType = z.infer<typeof StoreFollow>

/** What the reader follows, or whether they follow one target. */
export const StoreListFollows = z.object({
  target_type: z.enum([...FOLLOW_TARGETS]).optional(),
  target_id: z.string().trim().min(1).max(100, "target_id must be at most 100 characters").optional(),
})
export type StoreListFollowsType = z.infer<typeof StoreListFollows>

export const StoreCreateDiscussion = z
  .object({
    category_id: z.string({ error: "category_id is required" }).min(1).max(100),
    /** An interest group the author is in; the discussion is then the group's (private: its members' only). */
    group_id: z.string().min(1, "group_id must be a group's id").max(100).nullish(),
    title: text("title", 3, TITLE_MAX),
    body: text("body", 1, DISCUSSION_BODY_MAX),
  })
  .strict()
export type StoreCreateDiscussionType = z.infer<typeof StoreCreateDiscussion>

export const StoreUpdateDiscussion = z
  .object({ title: text("title", 3, TITLE_MAX).optional(), body: text("body", 1, DISCUSSION_BODY_MAX).optional() })
  .strict()
  .refine((v) => v.title !== undefined || v.body !== undefined, "Send a title or a body to change")
export type StoreUpdateDiscussionType = z.infer<typeof StoreUpdateDiscussion>

export const StoreCreateReply = z.object({ body: text("body", 1, REPLY_BODY_MAX) }).strict()
export type StoreCreateReplyType = z.infer<typeof StoreCreateReply>

const target = {
  target_type: z.enum(["discussion", "reply"], { error: "target_type must be discussion or reply" }),
  target_id: z.string({ error: "target_id is required" }).min(1).max(100),
}

export const StoreReact = z
  .object({ ...target, kind: z.enum(["like", "insightful", "thanks"]).nullable().default("like") })
  .strict()
export type StoreReactType = z.infer<typeof StoreReact>

export const StoreReport = z.object({ ...target, reason: text("reason", 3, 500) }).strict()
export type StoreReportType = z.infer<typeof StoreReport>

export const StoreModerate = z
  .object({ ...target, action: z.enum(["hide", "restore"]), reason: text("reason", 3, 500) })
  .strict()
export type StoreModerateType = z.infer<typeof StoreModerate>

/** A client's key for one post (a UUID or similar): a retried submit carries the same one. */
export const idempotencyKeyOf = (header: unknown): string | undefined => {
  const value = Array.isArray(header) ? header[0] : header
  if (typeof value !== "string" || !value.trim()) return undefined
  return value.trim().slice(0, 200)
}
