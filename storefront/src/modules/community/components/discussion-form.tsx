"use client"

import { useActionState } from "react"
import { startDiscussionAction } from "@/lib/actions/community"
import type { CommunityCategory } from "@/lib/data/community"
import FormField, { TextAreaField } from "@/modules/account/components/form-field"
import FormMessage from "@/modules/account/components/form-message"
import SubmitButton from "@/modules/account/components/submit-button"
import styles from "../styles.module.css"

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
    <form action={action} noValidate className={styles.form} aria-labelledby="new-discussion-heading" data-testid="discussion-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormMessage state={state} />
      <div className={styles.field}>
        <label htmlFor="field-category_id">Category</label>
        <select
          id="field-category_id"
          name="category_id"
          required
          defaultValue={state?.values?.category_id ?? categoryId ?? categories[0]?.id}
          aria-invalid={errors.category_id ? true : undefined}
          data-testid="field-category_id"
        >
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <FormField name="title" label="Title" required minLength={3} maxLength={150} defaultValue={state?.values?.title ?? ""} error={errors.title} />
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
