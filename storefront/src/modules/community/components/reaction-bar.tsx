"use client"

import { useActionState } from "react"
import { reactAction } from "@/lib/actions/community"
import type { ReactionKind, Reactions } from "@/lib/data/community"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import { Target, type PostRef } from "./post-ref"
import styles from "../styles.module.css"

const KINDS: { kind: ReactionKind; label: string }[] = [
  { kind: "like", label: "Like" },
  { kind: "insightful", label: "Insightful" },
  { kind: "thanks", label: "Thanks" },
]

/** Reaction counts; a member presses one to react (again to take it back). Read-only for everyone else. */
export default function ReactionBar({ post, reactions, canReact }: { post: PostRef; reactions?: Reactions; canReact: boolean }) {
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
