"use client"

import { useActionState } from "react"
import { startDiscussionAction } from "@/lib/actions/community"
import type { CommunityCategory, GroupRef } from "@/lib/data/community"
import TextField, { formClass, SelectField, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** A new discussion; `idempotencyKey` is fresh per rendered page, so a double submit is one discussion. */
export default function DiscussionForm({
  countryCode,
  categories,
  categoryId,
  groups = [],
  groupId,
  idempotencyKey,
}: {
  countryCode: string
  categories: CommunityCategory[]
  categoryId?: string
  /** The groups the author is in: a discussion may belong to one of them. */
  groups?: GroupRef[]
  groupId?: string
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
      {groups.length > 0 && (
        <SelectField
          name="group_id"
          label="Group (optional)"
          hint="In a private group, only its members can read the discussion."
          defaultValue={state?.values?.group_id ?? groupId ?? ""}
          error={errors.group_id}
          options={[{ value: "", label: "No group: the whole community" }, ...groups.map((g) => ({ value: g.id, label: `${g.name}${g.visibility === "private" ? " (private)" : ""}` }))]}
        />
      )}
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
