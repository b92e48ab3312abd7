import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import { listCommunityCategories, retrieveMyMember } from "@/lib/data/community"
import { listMyGroups } from "@/lib/data/community-groups"
import { requireCustomer } from "@/lib/data/customer"
import { emailVerifiedOrUnknown } from "@/lib/data/email-verification"
import NewDiscussion from "@/modules/community/templates/new-discussion"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Start a discussion" }

// For the signed-in customer only, so rendered per request.
export default async function NewDiscussionPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ category?: string | string[]; group?: string | string[] }>
}) {
  const { countryCode } = await params
  const search = await searchParams
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const slug = first(search.category)
  const groupSlug = first(search.group)
  const query = new URLSearchParams({ ...(slug ? { category: slug } : {}), ...(groupSlug ? { group: groupSlug } : {}) })
  const here = `/${countryCode}/community/new${query.toString() ? `?${query}` : ""}`
  await requireCustomer(countryCode, here)
  const [member, categories, emailVerified, myGroups] = await Promise.all([retrieveMyMember(), listCommunityCategories(), emailVerifiedOrUnknown(), listMyGroups()])
  // A discussion goes only in a group the member is in, and one that is not archived.
  const groups = myGroups.filter((g) => g.membership?.status === "active" && !g.archived)
  return (
    <NewDiscussion
      countryCode={countryCode}
      member={member}
      categories={categories}
      categorySlug={slug}
      groups={groups}
      groupSlug={groupSlug}
      returnTo={here}
      idempotencyKey={randomUUID()}
      emailVerified={emailVerified}
    />
  )
}
