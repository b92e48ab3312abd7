import { blogListingMetadata, renderBlogListing } from "@/modules/blog/templates/blog-listing/route"

// Served from the cache; the cms expires `posts` when a post is published,
// changed or withdrawn. The minute is a floor for recovering from an outage.
export const revalidate = 60

type Params = Promise<{ countryCode: string }>

export async function generateMetadata({ params }: { params: Params }) {
  return blogListingMetadata((await params).countryCode, {}, 1)
}

export default async function BlogPage({ params }: { params: Params }) {
  return renderBlogListing((await params).countryCode, {}, 1)
}
