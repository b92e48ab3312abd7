import type { Metadata } from "next"
import { listCommunityGroups } from "@/lib/data/community-groups"
import CommunityGroups from "@/modules/community/templates/community-groups"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Interest groups", description: "Smaller circles of readers around one interest." }

// Each group shows the visitor's own place in it, so rendered per request.
export default async function CommunityGroupsPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  return <CommunityGroups countryCode={countryCode} groups={await listCommunityGroups()} />
}
