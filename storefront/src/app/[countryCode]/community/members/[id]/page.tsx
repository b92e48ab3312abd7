import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { retrieveMember } from "@/lib/data/community"
import ActivityList from "@/modules/community/components/activity-list"

export const metadata: Metadata = { title: "Community member" }

// Read per visitor (moderators see hidden posts), so rendered per request.
export default async function MemberPage({ params }: { params: Promise<{ countryCode: string; id: string }> }) {
  const { countryCode, id } = await params
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) notFound()
  const data = await retrieveMember(id)
  if (!data) notFound()
  const { member, ...activity } = data
  return (
    <section aria-labelledby="member-heading">
      <p>
        <Link href={`/${countryCode}/community`}>Community</Link>
      </p>
      <h1 id="member-heading">{member.display_name}</h1>
      <p className="byline">
        {member.role === "moderator" ? "Moderator" : "Member"} since{" "}
        <time dateTime={member.joined_at}>{new Date(member.joined_at).toLocaleDateString("en-GB")}</time>
        {member.status === "suspended" && " · suspended"}
      </p>
      {member.bio && <p data-testid="member-bio">{member.bio}</p>}
      <ActivityList countryCode={countryCode} activity={activity} who={member.display_name} />
    </section>
  )
}
