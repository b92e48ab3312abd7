import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { REPLIES_PER_PAGE, retrieveDiscussion } from "@/lib/data/community"
import { isFollowing } from "@/lib/data/community-feed"
import { emailVerifiedOrUnknown } from "@/lib/data/email-verification"
import DiscussionPage from "@/modules/community/templates/discussion-page"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Discussion" }

// Read per visitor (hidden posts only for moderators), so rendered per request.
export default async function CommunityDiscussionPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string; category: string; id: string }>
  searchParams: Promise<{ page?: string | string[] }>
}) {
  const { countryCode, category, id } = await params
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) notFound()
  const rawPage = (await searchParams).page
  const page = Math.min(500, Math.max(1, Number.parseInt((Array.isArray(rawPage) ? rawPage[0] : rawPage) ?? "1", 10) || 1))
  const [data, token, emailVerified] = await Promise.all([retrieveDiscussion(id, page), getAuthToken(), emailVerifiedOrUnknown()])
  if (!data) notFound()
  const { discussion, replies, count, viewer } = data
  const pages = Math.max(1, Math.ceil(count / REPLIES_PER_PAGE))
  const replyKey = randomUUID()
  // Without an answer about following, the discussion still shows, without the button.
  const following = viewer?.status === "active" ? await isFollowing("discussion", discussion.id).catch(() => null) : null
  return (
    <DiscussionPage
      countryCode={countryCode}
      discussion={discussion}
      replies={replies}
      count={count}
      viewer={viewer}
      signedIn={!!token}
      emailVerified={emailVerified}
      page={page}
      pages={pages}
      category={category}
      replyKey={replyKey}
      following={following}
    />
  )
}
