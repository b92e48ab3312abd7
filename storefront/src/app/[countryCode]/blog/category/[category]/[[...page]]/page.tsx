import { isCategorySlug, parsePageSegment } from "@/lib/util/blog-paths"
import { blogListingMetadata, renderBlogListing } from "@/modules/blog/templates/blog-listing/route"

export const revalidate = 60

export function generateStaticParams(): { category: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; category: string; page?: string[] }>

async function read(params: Params) {
  const { countryCode, category, page } = await params
  return [countryCode, isCategorySlug(category) ? { category } : null, parsePageSegment(page ?? [])] as const
}

export async function generateMetadata({ params }: { params: Params }) {
  return blogListingMetadata(...(await read(params)))
}

export default async function BlogCategoryPage({ params }: { params: Params }) {
  return renderBlogListing(...(await read(params)))
}
