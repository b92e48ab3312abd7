"use client"

import ErrorState from "@/modules/common/components/error-state"

/** The cart could not be read (usually: commerce is not answering). */
export default function CartError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState title="Your cart" error={error} reset={reset} testId="cart-error">
      Your cart could not be loaded just now. Nothing in it has been lost; please try again in a moment.
    </ErrorState>
  )
}
