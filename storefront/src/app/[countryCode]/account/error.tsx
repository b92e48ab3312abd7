"use client"

import { useEffect } from "react"

/** Account data could not be read (usually: commerce is not answering). */
export default function AccountError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" data-testid="account-error">
      <h1>Your account</h1>
      <p>Your account could not be loaded just now. Please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
