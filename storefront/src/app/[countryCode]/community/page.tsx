import type { Metadata } from "next"
import { listCommunityCategories, listDiscussions, retrieveMyMember } from "@/lib/data/community"
import { listFeed } from "@/lib/data/community-feed"
import { getAuthToken } from "@/lib/data/cookies"
import CommunityHome from "@/modules/community/templates/community-home"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Community", description: "Readers talking with each other." }

// Read per visitor (moderators see hidden posts), so rendered per request.
export default async function CommunityPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ q?: string | string[]; feed?: string | string[] }>
}) {
  const { countryCode } = await params
  const search = await searchParams
  const raw = search.q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) || undefined
  // "Following" is a member's tab: a visitor (or a customer who has not joined) reads everything.
  const member = (await getAuthToken()) ? await retrieveMyMember() : null
  const filter = member && [search.feed].flat()[0] === "following" ? "following" : "all"
  const [categories, list, feed] = await Promise.all([listCommunityCategories(), listDiscussions({ q, sort: "active" }), listFeed({ filter })])
  return (
    <CommunityHome
      countryCode={countryCode}
      categories={categories}
      discussions={list?.discussions ?? []}
      q={q}
      feed={feed}
      feedFilter={filter}
      member={!!member}
    />
  )
}
