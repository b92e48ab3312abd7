"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect } from "react"
import { moveWishlistItemToCart, removeWishlistItem } from "@/lib/actions/wishlist"
import SubmitButton from "@/modules/common/components/submit-button"
import { CART_CHANGED_EVENT } from "@/modules/account/hooks/use-visitor"
import { useWishlist } from "@/modules/wishlist/use-wishlist"
import styles from "./styles.module.css"

/** Books saved in this browser before signing in join the account's list: show them as soon as they have. */
export function BrowserListMerge() {
  const { merged } = useWishlist()
  const router = useRouter()
  useEffect(() => {
    if (merged > 0) router.refresh()
  }, [merged, router])
  return null
}

function Message({ state }: { state: { ok: boolean; message: string } | null }) {
  if (!state) return null
  return (
    <p role={state.ok ? "status" : "alert"} className={state.ok ? styles.ok : styles.error}>
      {state.message}
    </p>
  )
}

export function MoveToCartForm({ productId, variantId, title, countryCode }: { productId: string; variantId: string; title: string; countryCode: string }) {
  const [state, action] = useActionState(moveWishlistItemToCart, null)
  useEffect(() => {
    // The header reads the new count itself.
    if (state?.ok) window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT))
  }, [state])
  return (
    <form action={action}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="title" value={title} />
      <SubmitButton pendingText="Adding…" testId="wishlist-move-to-cart" label={`Move ${title} to cart`} size="sm">
        Move to cart
      </SubmitButton>
      <Message state={state} />
    </form>
  )
}

export function RemoveForm({ productId, title }: { productId: string; title: string }) {
  const [state, action] = useActionState(removeWishlistItem, null)
  return (
    <form action={action}>
      <input type="hidden" name="productId" value={productId} />
      <SubmitButton pendingText="Removing…" testId="wishlist-remove" label={`Remove ${title} from your wishlist`} variant="quiet" size="sm">
        Remove
      </SubmitButton>
      <Message state={state} />
    </form>
  )
}
