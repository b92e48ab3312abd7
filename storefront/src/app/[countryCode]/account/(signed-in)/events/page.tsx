import type { Metadata } from "next"
import { retrieveFeedCreatedAt } from "@/lib/data/calendar-feed"
import { requireCustomer } from "@/lib/data/customer"
import { listMyEvents } from "@/lib/data/my-events"
import MyEvents from "@/modules/account/templates/my-events"

export const metadata: Metadata = { title: "Your events" }

export default async function MyEventsPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/events`)
  const [{ upcoming, past }, feedSince] = await Promise.all([listMyEvents(customer.id), retrieveFeedCreatedAt(customer.id)])
  return <MyEvents upcoming={upcoming} past={past} feedSince={feedSince} countryCode={countryCode} />
}
