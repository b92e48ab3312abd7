"use client"

import { useActionState } from "react"
import { replyAction } from "@/lib/actions/community"
import { formClass, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** A reply to a discussion; `idempotencyKey` is fresh per rendered page, so a double submit is one reply. */
export default function ReplyForm({
  countryCode,
  category,
  discussionId,
  idempotencyKey,
}: {
  countryCode: string
  category: string
  discussionId: string
  idempotencyKey: string
}) {
  const [state, action] = useActionState(replyAction, null)
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="reply-heading" data-testid="reply-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="category" value={category} />
      <input type="hidden" name="discussionId" value={discussionId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormMessage state={state} />
      <TextAreaField
        name="body"
        label="Your reply"
        hint="Markdown works."
        required
        maxLength={5_000}
        rows={5}
        defaultValue={state?.values?.body ?? ""}
        error={state?.errors?.body}
      />
      <SubmitButton pendingText="Posting…" testId="reply-submit">
        Post reply
      </SubmitButton>
    </form>
  )
}
