import type { Metadata } from "next"
import { listCommunityCategories, listDiscussions } from "@/lib/data/community"
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
  searchParams: Promise<{ q?: string | string[] }>
}) {
  const { countryCode } = await params
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) || undefined
  const [categories, list] = await Promise.all([listCommunityCategories(), listDiscussions({ q, sort: "active" })])
  return <CommunityHome countryCode={countryCode} categories={categories} discussions={list?.discussions ?? []} q={q} />
}
