"use client"

import { useActionState } from "react"
import { startDiscussionAction } from "@/lib/actions/community"
import type { CommunityCategory } from "@/lib/data/community"
import TextField, { formClass, SelectField, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** A new discussion; `idempotencyKey` is fresh per rendered page, so a double submit is one discussion. */
export default function DiscussionForm({
  countryCode,
  categories,
  categoryId,
  idempotencyKey,
}: {
  countryCode: string
  categories: CommunityCategory[]
  categoryId?: string
  idempotencyKey: string
}) {
  const [state, action] = useActionState(startDiscussionAction, null)
  const errors = state?.errors ?? {}
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="new-discussion-heading" data-testid="discussion-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormMessage state={state} />
      <SelectField
        name="category_id"
        label="Category"
        required
        defaultValue={state?.values?.category_id ?? categoryId ?? categories[0]?.id}
        error={errors.category_id}
        options={categories.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextField name="title" label="Title" required minLength={3} maxLength={150} defaultValue={state?.values?.title ?? ""} error={errors.title} />
      <TextAreaField
        name="body"
        label="Message"
        hint="Markdown works: **bold**, *italic*, [links](https://example.com), lists."
        required
        maxLength={10_000}
        rows={8}
        defaultValue={state?.values?.body ?? ""}
        error={errors.body}
      />
      <SubmitButton pendingText="Posting…" testId="discussion-submit">
        Start the discussion
      </SubmitButton>
    </form>
  )
}
