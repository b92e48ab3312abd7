import type { Metadata } from "next"
import { listMyActivity, retrieveMyMember } from "@/lib/data/community"
import { retrieveNotificationPreferences } from "@/lib/data/community-notifications"
import { requireCustomer } from "@/lib/data/customer"
import MyCommunity, { JoinCommunity } from "@/modules/community/templates/my-community"

// The community is read per request: what a member sees depends on who they are.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Your community profile" }

// The signed-in customer's own profile, settings and activity: rendered per request.
export default async function MyCommunityPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/community/me`)
  const member = await retrieveMyMember()
  if (!member) {
    return <JoinCommunity countryCode={countryCode} suggestedName={[customer.first_name, customer.last_name].filter(Boolean).join(" ")} />
  }
  const [activity, preferences] = await Promise.all([listMyActivity(), retrieveNotificationPreferences()])
  return <MyCommunity countryCode={countryCode} member={member} activity={activity} preferences={preferences} />
}
