import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveProduct } from "@/lib/data/products"
import { retrieveRegionForCountry } from "@/lib/data/regions"
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
  return retrieveProduct(handle, region.id)
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await load(params)
  if (!product) return { title: "Book not found" }
  return {
    title: product.title,
    description: product.description ?? undefined,
    openGraph: { title: product.title, images: product.thumbnail ? [product.thumbnail] : [] },
  }
}

export default async function ProductPage({ params }: { params: Params }) {
  const product = await load(params)
  if (!product) notFound()
  const { countryCode } = await params
  return <ProductTemplate product={product} countryCode={countryCode} />
}
