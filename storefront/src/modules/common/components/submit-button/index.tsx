"use client"

import { useFormStatus } from "react-dom"
import { Button, type ButtonSize, type ButtonVariant } from "@/modules/common/components/button"

/** A form's submit button: says it is working, and cannot be pressed twice meanwhile. */
export default function SubmitButton({
  children,
  pendingText,
  testId,
  label,
  variant = "primary",
  size,
  block,
  name,
  value,
}: {
  children: string
  pendingText: string
  testId: string
  /** A fuller name for screen readers when the text alone would be ambiguous ("Deliver here"). */
  label?: string
  variant?: ButtonVariant
  size?: ButtonSize
  block?: boolean
  /** Sent with the form when this button submits it: one form, several choices ("EPUB", "PDF"). */
  name?: string
  value?: string
}) {
  const { pending } = useFormStatus()
  return (
    <Button type="submit" variant={variant} size={size} block={block} pending={pending} pendingText={pendingText} aria-label={label} data-testid={testId} name={name} value={value}>
      {children}
    </Button>
  )
}
