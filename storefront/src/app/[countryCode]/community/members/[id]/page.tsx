import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveMember } from "@/lib/data/community"
import MemberPage from "@/modules/community/templates/member-page"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Community member" }

// Read per visitor (moderators see hidden posts), so rendered per request.
export default async function CommunityMemberPage({ params }: { params: Promise<{ countryCode: string; id: string }> }) {
  const { countryCode, id } = await params
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) notFound()
  const data = await retrieveMember(id)
  if (!data) notFound()
  const { member, ...activity } = data
  return <MemberPage countryCode={countryCode} member={member} activity={activity} />
}
