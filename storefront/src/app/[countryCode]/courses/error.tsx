"use client"

import ErrorState from "@/modules/common/components/error-state"

/** The courses could not be read (usually: commerce is not answering). */
export default function CoursesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState title="Courses" error={error} reset={reset} testId="courses-error">
      The courses could not be loaded just now. Please try again in a moment.
    </ErrorState>
  )
}
