import { parsePageSegment, parseTagSegment } from "@/lib/util/blog-paths"
import { blogListingMetadata, renderBlogListing } from "@/modules/blog/templates/blog-listing/route"

export const revalidate = 60

export function generateStaticParams(): { tag: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; tag: string; page?: string[] }>

async function read(params: Params) {
  const { countryCode, tag, page } = await params
  const parsed = parseTagSegment(tag)
  return [countryCode, parsed ? { tag: parsed } : null, parsePageSegment(page ?? [])] as const
}

export async function generateMetadata({ params }: { params: Params }) {
  return blogListingMetadata(...(await read(params)))
}

export default async function BlogTagPage({ params }: { params: Params }) {
  return renderBlogListing(...(await read(params)))
}
