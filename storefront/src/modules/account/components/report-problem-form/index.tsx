"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect, useState } from "react"
import { reportProblemAction } from "@/lib/actions/disputes"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import { formClass, SelectField, TextAreaField } from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

const REASONS = [
  { value: "", label: "Choose…" },
  { value: "not_received", label: "It has not arrived" },
  { value: "damaged", label: "It arrived damaged" },
  { value: "not_as_described", label: "It is not as described" },
]

/** "Report a problem" under a line: what is wrong and in the reader's words; the seller and our team are told. */
export default function ReportProblemForm({ orderId, lineItemId, lineName }: { orderId: string; lineItemId: string; lineName: string }) {
  const [state, action] = useActionState(reportProblemAction, null)
  const [open, setOpen] = useState(false)
  const router = useRouter()
  useEffect(() => {
    if (state?.ok) router.refresh()
  }, [state, router])
  if (state?.ok) {
    return (
      <Alert tone="success" testId="report-problem-result">
        {state.message}
      </Alert>
    )
  }
  if (!open) {
    return (
      <Button variant="quiet" size="sm" onClick={() => setOpen(true)} data-testid="report-problem-start" aria-label={`Report a problem with ${lineName}`}>
        Report a problem
      </Button>
    )
  }
  const id = lineItemId.slice(-8)
  return (
    <form action={action} className={`${formClass} ${styles.form}`} data-testid="report-problem-form">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="lineItemId" value={lineItemId} />
      <SelectField name="reason" id={`reason-${id}`} label={`What is wrong with ${lineName}?`} options={REASONS} defaultValue="" required />
      <TextAreaField name="description" id={`description-${id}`} label="Tell us more (optional)" hint="What happened, and what would put it right." rows={3} maxLength={2000} />
      {state && !state.ok && (
        <Alert tone="error" testId="report-problem-error">
          {state.message}
        </Alert>
      )}
      <div className={styles.row}>
        <SubmitButton size="sm" pendingText="Sending…" testId="report-problem-submit">
          Send to the seller
        </SubmitButton>
        <Button variant="quiet" size="sm" onClick={() => setOpen(false)}>
          Never mind
        </Button>
      </div>
    </form>
  )
}
