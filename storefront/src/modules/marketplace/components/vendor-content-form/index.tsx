"use client"

import { useActionState, type ReactNode } from "react"
import type { FormState } from "@/lib/actions/account-input"
import FormMessage from "@/modules/common/components/form-message"
import styles from "./styles.module.css"

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>
  /** The product, country and item the change is about. */
  hidden: Record<string, string>
  children: ReactNode
  label: string
  testId: string
  inline?: boolean
}

/** One small change to a vendor's course (add or rename a section, move or remove a lesson), with commerce's answer beside it. */
export default function VendorContentForm({ action, hidden, children, label, testId, inline = false }: Props) {
  const [state, formAction] = useActionState(action, null)
  return (
    <form action={formAction} aria-label={label} className={inline ? styles.inline : styles.stacked} data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {state?.ok ? null : <FormMessage state={state} />}
    </form>
  )
}
