"use client"

import Link from "next/link"
import { useVisitor } from "@/modules/account/hooks/use-visitor"
import styles from "./styles.module.css"

/** "Cart (n)" once the visitor's count has arrived; a plain link to the cart before that. */
export default function CartLink({ countryCode }: { countryCode: string }) {
  const count = useVisitor()?.cartCount ?? null
  const label = count === null ? "Cart" : `Cart, ${count} ${count === 1 ? "item" : "items"}`
  return (
    <Link href={`/${countryCode}/cart`} aria-label={label} className={styles.cart} data-testid="cart-count" data-count={count ?? undefined} prefetch={false}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className={styles.icon}>
        <path d="M4 6h12l-1 11H5L4 6z" />
        <path d="M7.5 8V5.5a2.5 2.5 0 015 0V8" />
      </svg>
      Cart{count === null ? null : ` (${count})`}
    </Link>
  )
}
