"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect } from "react"
import { answerDisputeAction } from "@/lib/actions/disputes"
import Alert from "@/modules/common/components/alert"
import { formClass, TextAreaField } from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"

/** The vendor's answer to a dispute on one of its lines: emailed to the buyer and our staff, and kept in the dispute's log. */
export default function DisputeAnswerForm({ disputeId }: { disputeId: string }) {
  const [state, action] = useActionState(answerDisputeAction, null)
  const router = useRouter()
  useEffect(() => {
    if (state?.ok) router.refresh()
  }, [state, router])
  return (
    <form action={action} className={formClass} data-testid="dispute-answer-form">
      <input type="hidden" name="disputeId" value={disputeId} />
      <TextAreaField name="message" id={`answer-${disputeId}`} label="Your answer" hint="The buyer and our team read it." rows={3} maxLength={2000} required />
      {state && (
        <Alert tone={state.ok ? "success" : "error"} testId="dispute-answer-result">
          {state.message}
        </Alert>
      )}
      <SubmitButton size="sm" pendingText="Sending…" testId="dispute-answer-submit">
        Send answer
      </SubmitButton>
    </form>
  )
}
