"use client"

import { useEffect } from "react"

/** Checkout could not be read (usually: commerce is not answering). Nothing has been charged. */
export default function CheckoutError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="container" role="alert" data-testid="checkout-error">
      <h1>Checkout</h1>
      <p>Checkout could not be loaded just now. Your cart is safe and you have not been charged; please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
