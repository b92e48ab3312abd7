import { notFound } from "next/navigation"
import { loadHome } from "@/lib/data/home"
import HomeTemplate from "@/modules/home/templates/home-template"

// The full page is re-rendered at most once a minute from cached data, so a
// backend that was down recovers quickly; data changes arrive by cache tag.
export const revalidate = 60

export default async function HomePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const data = await loadHome(countryCode)
  // Commerce answered and no region sells to this country: not a shop page.
  if (data.shop.ok && !data.shop.data) notFound()
  return <HomeTemplate data={data} countryCode={countryCode} />
}
