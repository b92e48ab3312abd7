import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCartInRegion } from "@/lib/data/cart"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import CartTemplate from "@/modules/cart/templates/cart-template"

export const metadata: Metadata = { title: "Your cart", robots: { index: false } }

// Reads the visitor's cookies, so it is rendered for each request.
export const dynamic = "force-dynamic"

export default async function CartPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) notFound()
  const cart = await retrieveCartInRegion(region.id)
  return <CartTemplate cart={cart} countryCode={countryCode} />
}
