import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveMember, retrieveMyMember } from "@/lib/data/community"
import { isFollowing } from "@/lib/data/community-feed"
import { getAuthToken } from "@/lib/data/cookies"
import MemberPage from "@/modules/community/templates/member-page"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Community member" }

// Read per visitor (moderators see hidden posts), so rendered per request.
export default async function CommunityMemberPage({ params }: { params: Promise<{ countryCode: string; id: string }> }) {
  const { countryCode, id } = await params
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) notFound()
  const [data, me] = await Promise.all([retrieveMember(id), (await getAuthToken()) ? retrieveMyMember() : null])
  if (!data) notFound()
  const { member, ...activity } = data
  // Another active member may follow them; a visitor, themselves or a suspended member get no button.
  const canFollow = !!me && me.id !== member.id && me.status === "active" && member.status === "active"
  // Without an answer about following, the page still shows, without the button.
  const following = canFollow ? await isFollowing("member", member.id).catch(() => null) : null
  return <MemberPage countryCode={countryCode} member={member} activity={activity} following={following} />
}
