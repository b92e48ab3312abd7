import { notFound } from "next/navigation"
import { isCountrySold, loadHome } from "@/lib/data/home"
import HomeTemplate from "@/modules/home/templates/home-template"

// The full page is re-rendered at most once a minute from cached data, so a
// backend that was down recovers quickly; data changes arrive by cache tag
// (`page:home` from the cms, `product:<handle>` from commerce, `posts`).
export const revalidate = 60

export default async function HomePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  if (!(await isCountrySold(countryCode))) notFound()
  const { blocks, cms } = await loadHome(countryCode)
  return <HomeTemplate blocks={blocks} cms={cms} countryCode={countryCode} />
}
