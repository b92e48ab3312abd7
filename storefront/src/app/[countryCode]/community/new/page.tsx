import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import { listCommunityCategories, retrieveMyMember } from "@/lib/data/community"
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
  searchParams: Promise<{ category?: string | string[] }>
}) {
  const { countryCode } = await params
  const raw = (await searchParams).category
  const slug = Array.isArray(raw) ? raw[0] : raw
  const here = `/${countryCode}/community/new${slug ? `?${new URLSearchParams({ category: slug })}` : ""}`
  await requireCustomer(countryCode, here)
  const [member, categories, emailVerified] = await Promise.all([retrieveMyMember(), listCommunityCategories(), emailVerifiedOrUnknown()])
  return (
    <NewDiscussion
      countryCode={countryCode}
      member={member}
      categories={categories}
      categorySlug={slug}
      returnTo={here}
      idempotencyKey={randomUUID()}
      emailVerified={emailVerified}
    />
  )
}
