"use client"

import ErrorState from "@/modules/common/components/error-state"

/** Account data could not be read (usually: commerce is not answering). */
export default function AccountError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState title="Your account" error={error} reset={reset} testId="account-error">
      Your account could not be loaded just now. Please try again in a moment.
    </ErrorState>
  )
}
