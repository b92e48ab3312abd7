"use client"

import { useActionState } from "react"
import { editPostAction, moderateAction, reportAction } from "@/lib/actions/community"
import TextField, { formClass, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import { Target, type PostRef } from "./post-ref"

export type { PostRef }

/** Tells the moderators about a post, with a reason. */
export function ReportForm({ post }: { post: PostRef }) {
  const [state, action] = useActionState(reportAction, null)
  if (state?.ok) return <FormMessage state={state} />
  return (
    <details data-testid="report">
      <summary>Report</summary>
      <form action={action} noValidate className={formClass}>
        <Target post={post} />
        <FormMessage state={state} />
        <TextAreaField
          id={`report-${post.targetId}`}
          name="reason"
          label="What is wrong with it?"
          required
          minLength={3}
          maxLength={500}
          rows={2}
          error={state?.errors?.reason}
        />
        <SubmitButton pendingText="Sending…" testId="report-submit" variant="secondary">
          Send report
        </SubmitButton>
      </form>
    </details>
  )
}

/** A moderator hides a visible post or restores a hidden one, with a reason for the log. */
export function ModerationForm({ post, hidden }: { post: PostRef; hidden: boolean }) {
  const [state, action] = useActionState(moderateAction, null)
  const verb = hidden ? "Restore" : "Hide"
  return (
    <details data-testid="moderate">
      <summary>{verb} (moderator)</summary>
      <form action={action} noValidate className={formClass}>
        <Target post={post} />
        <input type="hidden" name="action" value={hidden ? "restore" : "hide"} />
        <FormMessage state={state} />
        <TextField
          id={`moderate-${post.targetId}`}
          name="reason"
          label="Reason (for the moderation log)"
          required
          minLength={3}
          maxLength={500}
          error={state?.errors?.reason}
        />
        <SubmitButton pendingText={hidden ? "Restoring…" : "Hiding…"} testId="moderate-submit">
          {`${verb} this ${post.targetType}`}
        </SubmitButton>
      </form>
    </details>
  )
}

/** The author edits their post: a discussion's title and message, or a reply's text (its Markdown source). */
export function EditPostForm({ post, title, body }: { post: PostRef; title?: string; body: string }) {
  const [state, action] = useActionState(editPostAction, null)
  const errors = state?.errors ?? {}
  return (
    <details data-testid="edit-post" open={state?.ok === false || undefined}>
      <summary>Edit</summary>
      <form action={action} noValidate className={formClass}>
        <Target post={post} />
        <FormMessage state={state} />
        {post.targetType === "discussion" && (
          <TextField
            id={`edit-title-${post.targetId}`}
            name="title"
            label="Title"
            required
            minLength={3}
            maxLength={150}
            defaultValue={state?.values?.title ?? title ?? ""}
            error={errors.title}
          />
        )}
        <TextAreaField
          id={`edit-body-${post.targetId}`}
          name="body"
          label={post.targetType === "discussion" ? "Message" : "Reply"}
          required
          maxLength={post.targetType === "discussion" ? 10_000 : 5_000}
          rows={5}
          defaultValue={state?.values?.body ?? body}
          error={errors.body}
        />
        <SubmitButton pendingText="Saving…" testId="edit-submit">
          Save changes
        </SubmitButton>
      </form>
    </details>
  )
}
