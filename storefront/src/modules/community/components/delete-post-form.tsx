"use client"

import { useActionState } from "react"
import { deletePostAction } from "@/lib/actions/community"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import { Target, type PostRef } from "./post-ref"

/** The author deletes their post (a discussion goes with its replies, so it asks first). */
export default function DeletePostForm({ post }: { post: PostRef }) {
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
