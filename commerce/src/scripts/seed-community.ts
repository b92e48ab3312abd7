import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"
import { createCommunityDiscussionWorkflow } from "../workflows/community/create-discussion"
import { createCommunityGroupWorkflow } from "../workflows/community/create-group"
import { joinCommunityGroupWorkflow } from "../workflows/community/join-group"
import { joinCommunityWorkflow } from "../workflows/community/join-community"
import { DEMO_SHOPPER } from "./seed/accounts"

type Container = ExecArgs["container"]

const CATEGORIES = [
  { slug: "introductions", name: "Introductions", description: "Say hello: who you are and what you are reading.", rank: 0 },
  { slug: "book-club", name: "Book club", description: "Chapter by chapter through this month's book.", rank: 1 },
  { slug: "writing-craft", name: "Writing craft", description: "Drafts, habits and questions about the craft.", rank: 2 },
  { slug: "courses", name: "Courses", description: "Questions and notes from the online courses.", rank: 3 },
]

const WELCOME = {
  title: "Welcome to the readers' community",
  body: "Hello, and welcome!\n\nThis is a place to talk about the books, the courses and **writing**. Be kind, stay on topic, and use *Report* if something needs a moderator's eyes.\n\nStart by introducing yourself below.",
}

const DEMO_GROUP = {
  name: "Slow reading circle",
  slug: "slow-reading-circle",
  visibility: "public" as const,
  description:
    "One chapter a week, no spoilers past it. For readers who like to **take their time** and talk about what they noticed.\n\nJoin, then start a thread for each chapter.",
}

const DEMO_GROUP_DISCUSSION = {
  title: "Chapter one: what stayed with you?",
  body: "We start at the beginning this week. Which line or moment from chapter one are you still thinking about?",
}

/**
 * The demo interest group (public), with the demo reader in it and a
 * discussion of theirs there, so a fresh development shop shows groups.
 */
async function ensureDemoGroup(container: Container, community: CommunityModuleService, reader: { id: string }, memberId: string) {
  let [group] = await community.listCommunityGroups({ slug: DEMO_GROUP.slug })
  if (!group) group = (await createCommunityGroupWorkflow(container).run({ input: { ...DEMO_GROUP, actor_id: "seed" } })).result
  await joinCommunityGroupWorkflow(container).run({ input: { group_id: group.id, member_id: memberId } })
  const [bookClub] = await community.listCommunityCategories({ slug: "book-club" })
  await createCommunityDiscussionWorkflow(container).run({
    input: { customer_id: reader.id, category_id: bookClub.id, group_id: group.id, ...DEMO_GROUP_DISCUSSION, idempotency_key: "seed:group-welcome" },
  })
}

/** Community demo data (development): categories, a welcome discussion by the demo reader, and a demo interest group. Idempotent. */
export async function ensureCommunity(container: Container) {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const existing = new Set((await community.listCommunityCategories({ slug: CATEGORIES.map((c) => c.slug) })).map((c) => c.slug))
  const missing = CATEGORIES.filter((c) => !existing.has(c.slug))
  if (missing.length) await community.createCommunityCategories(missing)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: DEMO_SHOPPER.email, has_account: true } })
  const reader = customers[0]
  if (!reader) return missing.length
  let [member] = await community.listCommunityMembers({ customer_id: reader.id })
  if (!member) {
    member = (
      await joinCommunityWorkflow(container).run({
        input: { customer_id: reader.id, display_name: `${DEMO_SHOPPER.first_name} ${DEMO_SHOPPER.last_name}`, bio: "Reads everything twice." },
      })
    ).result
  }
  const [introductions] = await community.listCommunityCategories({ slug: "introductions" })
  // The fixed Idempotency-Key makes a second run find the first run's discussion.
  await createCommunityDiscussionWorkflow(container).run({
    input: { customer_id: reader.id, category_id: introductions.id, ...WELCOME, idempotency_key: "seed:welcome" },
  })
  await ensureDemoGroup(container, community, reader, member.id)
  return missing.length
}
