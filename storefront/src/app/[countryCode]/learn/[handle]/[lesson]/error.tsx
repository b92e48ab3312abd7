"use client"

import ErrorState from "@/modules/common/components/error-state"

/** The lesson could not be loaded (usually: commerce is not answering). */
export default function LessonError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState title="Lesson" error={error} reset={reset} testId="lesson-error">
      This lesson could not be loaded just now. Please try again in a moment.
    </ErrorState>
  )
}
