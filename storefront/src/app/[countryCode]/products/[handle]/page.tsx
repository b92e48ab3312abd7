import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCatalog } from "@/lib/data/catalog"
import { retrieveProduct } from "@/lib/data/products"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { listProductRatings, listProductReviews } from "@/lib/data/reviews"
import { env } from "@/lib/env"
import { productAuthor } from "@/lib/util/products"
import ProductTemplate from "@/modules/products/templates/product-template"

// Rendered on a book's first visit, then served from the cache (ISR) until
// commerce expires its tag; the minute is a floor for recovering from an outage.
export const revalidate = 60

export function generateStaticParams(): { handle: string }[] {
  return []
}

type Params = Promise<{ countryCode: string; handle: string }>

async function load(params: Params) {
  const { countryCode, handle } = await params
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) return null
  const product = await retrieveProduct(handle, region.id)
  return product ? { product, region } : null
}

const pageUrl = (countryCode: string, handle: string) => `${env.NEXT_PUBLIC_BASE_URL}/${countryCode}/products/${handle}`

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return { title: "Book not found" }
  const { product } = loaded
  const { countryCode, handle } = await params
  const author = productAuthor(product)
  const description = product.subtitle ?? product.description?.slice(0, 160) ?? undefined
  return {
    title: product.title,
    description,
    alternates: { canonical: pageUrl(countryCode, handle) },
    openGraph: {
      type: "book",
      title: product.title ?? undefined,
      description,
      url: pageUrl(countryCode, handle),
      images: product.thumbnail ? [{ url: product.thumbnail, alt: `Cover of ${product.title}` }] : [],
      authors: author ? [author] : undefined,
    },
    twitter: { card: "summary_large_image", title: product.title ?? undefined, description },
  }
}

export default async function ProductPage({ params }: { params: Params }) {
  const loaded = await load(params)
  if (!loaded) notFound()
  const { product, region } = loaded
  const { countryCode, handle } = await params
  const category = product.categories?.[0]?.handle
  const [related, reviews] = await Promise.all([
    category
      ? listCatalog({ regionId: region.id, category, limit: 5 }).then(({ products }) => products.filter((p) => p.id !== product.id).slice(0, 4))
      : Promise.resolve([]),
    listProductReviews(product.id),
  ])
  const relatedRatings = await listProductRatings(related.map((p) => p.id))
  return (
    <ProductTemplate
      product={product}
      related={related}
      relatedRatings={relatedRatings}
      reviews={reviews}
      countryCode={countryCode}
      url={pageUrl(countryCode, handle)}
    />
  )
}
