"use client"

import ErrorState from "@/modules/common/components/error-state"

/** Rendering failed (for a book page, usually because commerce is down). */
export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState title="Something went wrong" error={error} reset={reset}>
      This page could not be shown right now. Please try again in a moment.
    </ErrorState>
  )
}
