import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import Link from "next/link"
import { listCommunityCategories, retrieveMyMember } from "@/lib/data/community"
import { requireCustomer } from "@/lib/data/customer"
import DiscussionForm from "@/modules/community/components/discussion-form"
import CommunityPrompt from "@/modules/community/components/sign-in-prompt"

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
  const [member, categories] = await Promise.all([retrieveMyMember(), listCommunityCategories()])
  return (
    <section aria-labelledby="new-discussion-heading">
      <p>
        <Link href={`/${countryCode}/community`}>Community</Link>
      </p>
      <h1 id="new-discussion-heading">Start a discussion</h1>
      {!member ? (
        <CommunityPrompt countryCode={countryCode} returnTo={here} signedIn doing="start a discussion" />
      ) : member.status === "suspended" ? (
        <p className="notice" data-testid="member-suspended">
          Your community membership is suspended, so you cannot post for now.
        </p>
      ) : (
        <DiscussionForm
          countryCode={countryCode}
          categories={categories}
          categoryId={categories.find((c) => c.slug === slug)?.id}
          idempotencyKey={randomUUID()}
        />
      )}
    </section>
  )
}
