import type { Metadata } from "next"
import { retrieveMyMember } from "@/lib/data/community"
import { listNotifications } from "@/lib/data/community-notifications"
import { requireCustomer } from "@/lib/data/customer"
import { JoinCommunity } from "@/modules/community/templates/my-community"
import NotificationsPage from "@/modules/community/templates/notifications-page"

// The member's own notifications: rendered per request, never cached.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Notifications", robots: { index: false } }

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function CommunityNotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ cursor?: string | string[]; marked?: string | string[] }>
}) {
  const { countryCode } = await params
  const query = await searchParams
  const customer = await requireCustomer(countryCode, `/${countryCode}/community/notifications`)
  const cursor = one(query.cursor)?.slice(0, 200) || undefined
  const page = await listNotifications(cursor)
  if (!page) {
    const member = await retrieveMyMember()
    if (!member) {
      return <JoinCommunity countryCode={countryCode} suggestedName={[customer.first_name, customer.last_name].filter(Boolean).join(" ")} />
    }
  }
  return (
    <NotificationsPage
      countryCode={countryCode}
      notifications={page?.notifications ?? []}
      nextCursor={page?.next_cursor ?? null}
      paged={!!cursor}
      markedAll={one(query.marked) === "all"}
    />
  )
}
