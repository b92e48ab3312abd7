"use client"

import { useActionState } from "react"
import { deletePostAction, editPostAction, moderateAction, reactAction, reportAction } from "@/lib/actions/community"
import type { ReactionKind, Reactions } from "@/lib/data/community"
import TextField, { formClass, TextAreaField } from "@/modules/common/components/field"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "../styles.module.css"

/** Which post a control acts on, and the discussion page it returns to. */
export type PostRef = { countryCode: string; category: string; discussionId: string; targetType: "discussion" | "reply"; targetId: string }

function Target({ post }: { post: PostRef }) {
  return (
    <>
      <input type="hidden" name="countryCode" value={post.countryCode} />
      <input type="hidden" name="category" value={post.category} />
      <input type="hidden" name="discussionId" value={post.discussionId} />
      <input type="hidden" name="targetType" value={post.targetType} />
      <input type="hidden" name="targetId" value={post.targetId} />
    </>
  )
}

const KINDS: { kind: ReactionKind; label: string }[] = [
  { kind: "like", label: "Like" },
  { kind: "insightful", label: "Insightful" },
  { kind: "thanks", label: "Thanks" },
]

/** Reaction counts; a member presses one to react (again to take it back). Read-only for everyone else. */
export function ReactionBar({ post, reactions, canReact }: { post: PostRef; reactions?: Reactions; canReact: boolean }) {
  const [state, action, pending] = useActionState(reactAction, null)
  const counts = reactions?.counts ?? {}
  const mine = reactions?.mine ?? null
  if (!canReact) {
    const shown = KINDS.filter(({ kind }) => counts[kind])
    return shown.length ? (
      <p className={styles.meta} data-testid="reaction-counts">
        {shown.map(({ kind, label }) => `${label} ${counts[kind]}`).join(" · ")}
      </p>
    ) : null
  }
  return (
    <form action={action} className={styles.reactions} aria-label={`React to this ${post.targetType}`} data-testid="reaction-bar">
      <Target post={post} />
      {mine && <input type="hidden" name="current" value={mine} />}
      {KINDS.map(({ kind, label }) => (
        <Button
          key={kind}
          type="submit"
          variant="secondary"
          size="sm"
          name="kind"
          value={kind}
          aria-pressed={mine === kind}
          disabled={pending}
          data-testid={`react-${kind}`}
        >
          {label} <span className={styles.count}>{counts[kind] ?? 0}</span>
        </Button>
      ))}
      {state?.ok === false && (
        <Alert tone="error" as="p">
          {state.message}
        </Alert>
      )}
    </form>
  )
}

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

/** The author deletes their post (a discussion goes with its replies, so it asks first). */
export function DeletePostForm({ post }: { post: PostRef }) {
  const [state, action, pending] = useActionState(deletePostAction, null)
  const what = post.targetType === "discussion" ? "this discussion and its replies" : "this reply"
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Delete ${what}? This cannot be undone.`)) event.preventDefault()
      }}
    >
      <Target post={post} />
      <Button type="submit" variant="quiet" size="sm" pending={pending} pendingText="Deleting…" aria-label={`Delete ${what}`} data-testid="delete-post">
        Delete
      </Button>
      {state?.ok === false && (
        <Alert tone="error" as="p">
          {state.message}
        </Alert>
      )}
    </form>
  )
}
