"use client"

import { useEffect } from "react"

/** The courses could not be read (usually: commerce is not answering). */
export default function CoursesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div role="alert" data-testid="courses-error">
      <h1>Courses</h1>
      <p>The courses could not be loaded just now. Please try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}
