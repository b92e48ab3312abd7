import type { Metadata } from "next"
import Link from "next/link"
import { listMyActivity, retrieveMyMember } from "@/lib/data/community"
import { requireCustomer } from "@/lib/data/customer"
import ActivityList from "@/modules/community/components/activity-list"
import MemberForm from "@/modules/community/components/member-form"

export const metadata: Metadata = { title: "Your community profile" }

// The signed-in customer's own profile, settings and activity: rendered per request.
export default async function MyCommunityPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/community/me`)
  const member = await retrieveMyMember()
  if (!member) {
    return (
      <section aria-labelledby="join-heading">
        <p>
          <Link href={`/${countryCode}/community`}>Community</Link>
        </p>
        <h1 id="join-heading">Join the community</h1>
        <p>Choose the name other readers will see. You can change it later.</p>
        <MemberForm countryCode={countryCode} member={null} suggestedName={[customer.first_name, customer.last_name].filter(Boolean).join(" ")} />
      </section>
    )
  }
  const activity = await listMyActivity()
  return (
    <section aria-labelledby="me-heading">
      <p>
        <Link href={`/${countryCode}/community`}>Community</Link>
      </p>
      <h1 id="me-heading">Your community profile</h1>
      {member.status === "suspended" && (
        <p className="notice" data-testid="member-suspended">
          Your membership is suspended: you can read, but not post or react.
        </p>
      )}
      <p>
        <Link href={`/${countryCode}/community/members/${member.id}`}>See your public profile</Link> ·{" "}
        <Link href={`/${countryCode}/community/new`}>Start a discussion</Link>
      </p>
      <MemberForm key={`${member.display_name}:${member.notify_on_reply}`} countryCode={countryCode} member={member} />
      <section aria-labelledby="activity-heading" data-testid="my-activity">
        <h2 id="activity-heading">Your activity</h2>
        <ActivityList countryCode={countryCode} activity={activity} who="You" />
      </section>
    </section>
  )
}
