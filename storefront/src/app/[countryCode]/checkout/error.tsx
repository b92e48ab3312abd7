"use client"

import ErrorState from "@/modules/common/components/error-state"

/** Checkout could not be read (usually: commerce is not answering). Nothing has been charged. */
export default function CheckoutError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState title="Checkout" error={error} reset={reset} testId="checkout-error">
      Checkout could not be loaded just now. Your cart is safe and you have not been charged; please try again in a moment.
    </ErrorState>
  )
}
