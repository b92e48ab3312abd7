"use client"

import { useFormStatus } from "react-dom"

/** A submit button that says it is working, and cannot be pressed twice meanwhile. */
export default function SubmitButton({
  children,
  pendingText,
  testId,
  label,
}: {
  children: string
  pendingText: string
  testId: string
  /** A fuller name for screen readers when the text alone would be ambiguous ("Deliver here"). */
  label?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending} aria-label={label} data-testid={testId}>
      {pending ? pendingText : children}
    </button>
  )
}
