"use client"

import { useEffect } from "react"

/** The cart could not be read (usually: commerce is not answering). */
export default function CartError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="container" role="alert" data-testid="cart-error">
      <h1>Your cart</h1>
      <p>Your cart could not be loaded just now. Nothing in it has been lost; please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
