import { z } from "zod"

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const ID = /^[A-Za-z0-9_]{1,64}$/

export const groupMembershipSchema = z.object({
  slug: z.string().regex(SLUG, "This group cannot be found."),
  intent: z.enum(["join", "leave"]),
})

export const groupRequestSchema = z.object({
  slug: z.string().regex(SLUG, "This group cannot be found."),
  memberId: z.string().regex(ID, "This member cannot be found."),
  decision: z.enum(["approve", "decline"]),
})

/** The group's page, rebuilt from validated parts only. */
export const groupPath = (countryCode: string, slug: string) => `/${countryCode}/community/groups/${slug}`

/** What a reader is told when commerce refuses a group write; null for what they cannot act on. */
export function groupRefusalMessage(status: number | null, message: string): string | null {
  if (status === 403 && /^join the community/i.test(message)) return "Join the community first: choose a display name on your community profile."
  if (status === 403 && /suspended/i.test(message)) return "Your community membership is suspended, so you cannot join groups for now."
  if (status === 400 && /archived/i.test(message)) return "This group is archived: it takes no new members."
  if (status === 404) return "That is no longer here."
  if (status === 403 || status === 400) return message.replace(/^Invalid request:\s*/i, "")
  return null
}
