"use client"

import { useFormStatus } from "react-dom"

/** A submit button that says it is working, and cannot be pressed twice meanwhile. */
export default function SubmitButton({ children, pendingText, testId }: { children: string; pendingText: string; testId: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending} data-testid={testId}>
      {pending ? pendingText : children}
    </button>
  )
}
