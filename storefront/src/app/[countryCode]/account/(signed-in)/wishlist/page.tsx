import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { retrieveWishlist } from "@/lib/data/wishlist"
import Wishlist from "@/modules/account/templates/wishlist"

export const metadata: Metadata = { title: "Your wishlist" }

export default async function WishlistPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  await requireCustomer(countryCode, `/${countryCode}/account/wishlist`)
  const items = await retrieveWishlist()
  return <Wishlist items={items} countryCode={countryCode} />
}
