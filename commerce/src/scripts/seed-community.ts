import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"
import { createCommunityDiscussionWorkflow } from "../workflows/community/create-discussion"
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

/** Community demo data (development): categories, and a welcome discussion by the demo reader. Idempotent. */
export async function ensureCommunity(container: Container) {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const existing = new Set((await community.listCommunityCategories({ slug: CATEGORIES.map((c) => c.slug) })).map((c) => c.slug))
  const missing = CATEGORIES.filter((c) => !existing.has(c.slug))
  if (missing.length) await community.createCommunityCategories(missing)

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: DEMO_SHOPPER.email, has_account: true } })
  const reader = customers[0]
  if (!reader) return missing.length
  const [member] = await community.listCommunityMembers({ customer_id: reader.id })
  if (!member) {
    await joinCommunityWorkflow(container).run({
      input: { customer_id: reader.id, display_name: `${DEMO_SHOPPER.first_name} ${DEMO_SHOPPER.last_name}`, bio: "Reads everything twice." },
    })
  }
  const [introductions] = await community.listCommunityCategories({ slug: "introductions" })
  // The fixed Idempotency-Key makes a second run find the first run's discussion.
  await createCommunityDiscussionWorkflow(container).run({
    input: { customer_id: reader.id, category_id: introductions.id, ...WELCOME, idempotency_key: "seed:welcome" },
  })
  return missing.length
}
