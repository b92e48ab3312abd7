"use client"

import { useState, useTransition } from "react"
import { useWishlist } from "@/modules/wishlist/use-wishlist"
import styles from "./styles.module.css"

/**
 * "Save to wishlist" for a book or course: kept in the account when signed
 * in, in this browser otherwise (and moved into the account on sign-in).
 */
export default function WishlistButton({ productId, title, compact = false }: { productId: string; title: string; compact?: boolean }) {
  const wishlist = useWishlist()
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const saved = wishlist.saved(productId)
  const label = saved ? "Saved to wishlist" : "Save to wishlist"
  return (
    <div className={styles.wrap}>
      <button
        type="button"
        className={`${styles.button} ${compact ? styles.compact : ""}`}
        aria-pressed={saved}
        aria-label={compact ? `${label}: ${title}` : undefined}
        disabled={!wishlist.ready || pending}
        data-testid="wishlist-toggle"
        data-state={wishlist.ready ? (saved ? "saved" : "not-saved") : "loading"}
        onClick={() => {
          setError(null)
          startTransition(async () => setError(await wishlist.toggle(productId)))
        }}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" className={styles.heart}>
          <path d="M10 17s-6.5-4.1-6.5-8.6A3.6 3.6 0 0 1 10 6a3.6 3.6 0 0 1 6.5 2.4C16.5 12.9 10 17 10 17Z" />
        </svg>
        {!compact && <span>{saved ? "Saved" : "Save to wishlist"}</span>}
      </button>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  )
}
