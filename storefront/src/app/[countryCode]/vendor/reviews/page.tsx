import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveVendorMe } from "@/lib/data/vendor-portal"
import { listVendorReviews, VENDOR_REVIEWS_PAGE_SIZE } from "@/lib/data/vendor-reviews"
import VendorReviews from "@/modules/marketplace/templates/vendor-reviews"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Reviews of your books", robots: { index: false } }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ page?: string }> }

export default async function VendorReviewsPage({ params, searchParams }: Props) {
  const [{ countryCode }, query] = await Promise.all([params, searchParams])
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${countryCode}/vendor`)
  const page = Math.max(1, Math.min(5000, Number.parseInt(query.page ?? "1", 10) || 1))
  const { reviews, count } = await listVendorReviews(page)
  const pages = Math.max(1, Math.ceil(count / VENDOR_REVIEWS_PAGE_SIZE))
  return <VendorReviews vendorName={me.vendor.name} reviews={reviews} count={count} page={page} pages={pages} countryCode={countryCode} />
}
