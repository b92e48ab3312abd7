import { z } from "zod"

const ID = /^[A-Za-z0-9_]{1,64}$/
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

const id = (what: string) => z.string().regex(ID, `This ${what} cannot be found.`)
const text = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? `Write your ${label}.` : `Your ${label} needs at least ${min} characters.`)
    .max(max, `Your ${label} is too long (at most ${max} characters).`)

/** A key per rendered form: the same form sent twice is one post. */
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,100}$/).optional().catch(undefined)

export const joinSchema = z.object({
  display_name: text("display name", 2, 50),
  bio: text("bio", 0, 500).optional(),
})

/** The profile parts a member shows others (checkboxes), and whether the member directory lists them. */
export const PRIVACY_FIELDS = ["show_bio", "show_badges", "show_groups", "show_courses", "show_posts", "hidden_from_directory"] as const

/** The profile's own fields and privacy; how replies are notified is in the notification settings. */
export const profileSchema = joinSchema.extend({
  show_bio: z.boolean(),
  show_badges: z.boolean(),
  show_groups: z.boolean(),
  show_courses: z.boolean(),
  show_posts: z.boolean(),
  hidden_from_directory: z.boolean(),
})

/** The profile form as commerce's update body: the checkboxes become its `privacy` object. */
export function profileBody(input: z.infer<typeof profileSchema>) {
  const { show_bio, show_badges, show_groups, show_courses, show_posts, hidden_from_directory, ...profile } = input
  return {
    ...profile,
    bio: profile.bio ?? "",
    privacy: { bio: show_bio, badges: show_badges, groups: show_groups, courses: show_courses, posts: show_posts, hidden_from_directory },
  }
}

export const discussionSchema = z.object({
  category_id: id("category"),
  /** "" (no group) or a group the author is in. */
  group_id: z.union([z.literal(""), id("group")]).optional(),
  title: text("title", 3, 150),
  body: text("message", 1, 10_000),
  idempotencyKey,
})

export const replySchema = z.object({
  discussionId: id("discussion"),
  category: z.string().regex(SLUG),
  body: text("reply", 1, 5_000),
  idempotencyKey,
})

const target = {
  discussionId: id("discussion"),
  category: z.string().regex(SLUG),
  targetType: z.enum(["discussion", "reply"]),
  targetId: id("post"),
}

export const reactionSchema = z.object({ ...target, kind: z.enum(["like", "insightful", "thanks"]), current: z.string().optional() })
export const reportSchema = z.object({ ...target, reason: text("reason", 3, 500) })
export const moderationSchema = z.object({ ...target, action: z.enum(["hide", "restore"]), reason: text("reason", 3, 500) })
export const deletePostSchema = z.object(target)

/** Follow or stop following a member (their profile) or a discussion (its page, under `category`). */
export const followSchema = z.discriminatedUnion("targetType", [
  z.object({ targetType: z.literal("member"), targetId: id("member"), intent: z.enum(["follow", "unfollow"]) }),
  z.object({ targetType: z.literal("discussion"), targetId: id("discussion"), category: z.string().regex(SLUG), intent: z.enum(["follow", "unfollow"]) }),
])

/** An author's edit: a discussion's title and message, or a reply's text. */
export const editPostSchema = z.discriminatedUnion("targetType", [
  z.object({ ...target, targetType: z.literal("discussion"), title: text("title", 3, 150), body: text("message", 1, 10_000) }),
  z.object({ ...target, targetType: z.literal("reply"), body: text("reply", 1, 5_000) }),
])

/** The fields of a form as strings (checkboxes as booleans where the schema wants them). */
export function formFields(formData: FormData, booleans: string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of formData.entries()) if (typeof value === "string") fields[key] = value
  for (const key of booleans) fields[key] = formData.get(key) === "on"
  return fields
}

/** The discussion page a community form came from, rebuilt from validated parts only. */
export const discussionPath = (countryCode: string, category: string, discussionId: string) =>
  `/${countryCode}/community/${category}/${discussionId}`

/**
 * What a reader is told when commerce refuses a write. Its message is kept
 * where a reader can act on it (too many posts, with when to try again; a
 * suspension; a locked discussion); API-speak is put in a reader's words.
 */
export function refusalMessage(status: number | null, message: string): string | null {
  if (status === 403 && /^join the community/i.test(message)) return "Join the community first: choose a display name on your community profile."
  if (status === 403 && /suspended/i.test(message)) return "Your community membership is suspended, so you cannot post or react for now."
  if (status === 403 && /locked/i.test(message)) return "This discussion is locked: it takes no new replies."
  if (status === 403 && /only its author/i.test(message)) return "Only its author can change or delete this post."
  if (status === 403 && /moderators/i.test(message)) return "Only community moderators can hide or restore posts."
  if (status === 403 && /(only members of|before starting a discussion in)/i.test(message)) return `${message}.`
  if (status === 429) return /try again/i.test(message) ? `${message.replace(/^Too many community posts\./, "You are posting too quickly.")}` : "You are posting too quickly. Please wait a few minutes."
  if (status === 409) return message
  if (status === 400) {
    if (/no text left/i.test(message)) return "Your post has no text left once unsafe markup is removed. Write it as plain text or Markdown."
    return message.replace(/^Invalid request:\s*/i, "Please check the form: ")
  }
  if (status === 404) return "That post is no longer here."
  if (status === 403) return message
  return null
}
