"use client"

import Link from "next/link"
import { useVisitor } from "@/modules/account/hooks/use-visitor"

/** "Cart (n)" once the visitor's count has arrived; a plain link to the cart before that. */
export default function CartLink({ countryCode }: { countryCode: string }) {
  const count = useVisitor()?.cartCount ?? null
  const label = count === null ? "Cart" : `Cart, ${count} ${count === 1 ? "item" : "items"}`
  return (
    <Link href={`/${countryCode}/cart`} aria-label={label} data-testid="cart-count" data-count={count ?? undefined} prefetch={false}>
      Cart{count === null ? null : ` (${count})`}
    </Link>
  )
}
