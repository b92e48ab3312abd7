import { parsePageSegment } from "@/lib/util/blog-paths"
import { blogListingMetadata, renderBlogListing } from "@/modules/blog/templates/blog-listing/route"

export const revalidate = 60

export function generateStaticParams(): { page: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; page: string }>

export async function generateMetadata({ params }: { params: Params }) {
  const { countryCode, page } = await params
  return blogListingMetadata(countryCode, {}, parsePageSegment(page))
}

export default async function BlogPageN({ params }: { params: Params }) {
  const { countryCode, page } = await params
  return renderBlogListing(countryCode, {}, parsePageSegment(page))
}
