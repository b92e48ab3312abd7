"use client"

import { useEffect } from "react"

/** The lesson could not be loaded (usually: commerce is not answering). */
export default function LessonError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" data-testid="lesson-error">
      <h1>Lesson</h1>
      <p>This lesson could not be loaded just now. Please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
