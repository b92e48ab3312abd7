import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { DISCUSSIONS_PER_PAGE, listDiscussions, retrieveMyMember } from "@/lib/data/community"
import { listGroupRequests, retrieveCommunityGroup } from "@/lib/data/community-groups"
import { getAuthToken } from "@/lib/data/cookies"
import GroupPage from "@/modules/community/templates/group-page"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Interest group" }

// A private group's discussions are its members' only, so rendered per request.
export default async function CommunityGroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string; slug: string }>
  searchParams: Promise<{ page?: string | string[] }>
}) {
  const { countryCode, slug } = await params
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) notFound()
  const raw = (await searchParams).page
  const page = Math.min(500, Math.max(1, Number.parseInt((Array.isArray(raw) ? raw[0] : raw) ?? "1", 10) || 1))
  const [group, token] = await Promise.all([retrieveCommunityGroup(slug), getAuthToken()])
  if (!group) notFound()
  const moderates = group.membership?.status === "active" && group.membership.role === "moderator"
  // A private group's discussions answer 404 to anyone outside it: shown as "for members only".
  const [list, member, requests] = await Promise.all([
    listDiscussions({ group: slug, sort: "active", page }),
    token ? retrieveMyMember() : null,
    moderates ? listGroupRequests(slug) : null,
  ])
  const pages = Math.max(1, Math.ceil((list?.count ?? 0) / DISCUSSIONS_PER_PAGE))
  return (
    <GroupPage
      countryCode={countryCode}
      group={group}
      discussions={list?.discussions ?? null}
      page={page}
      pages={pages}
      member={!!member}
      signedIn={!!token}
      requests={requests}
    />
  )
}
