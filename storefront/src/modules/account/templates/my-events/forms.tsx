"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect, useState } from "react"
import { resetCalendarFeed } from "@/lib/actions/calendar-feed"
import { changeRsvp } from "@/lib/actions/rsvp"
import { Button } from "@/modules/common/components/button"
import TextField from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

function Message({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null
  return (
    <p role={state.ok ? "status" : "alert"} className={state.ok ? styles.ok : styles.error}>
      {state.message}
    </p>
  )
}

/** Cancel, then "Yes, cancel" or "Keep it": one stray tap must not give up a seat. */
export function CancelRsvpForm({ slug, title }: { slug: string; title: string }) {
  const [state, action] = useActionState(changeRsvp, null)
  const [confirming, setConfirming] = useState(false)
  const router = useRouter()
  useEffect(() => {
    if (state?.ok) router.refresh()
  }, [state, router])
  if (!confirming) {
    return (
      <div>
        <Button variant="quiet" size="sm" onClick={() => setConfirming(true)} aria-label={`Cancel your RSVP for ${title}`} data-testid="my-event-cancel">
          Cancel RSVP
        </Button>
        <Message state={state} />
      </div>
    )
  }
  return (
    <form action={action} className={styles.confirm}>
      <input type="hidden" name="intent" value="cancel" />
      <input type="hidden" name="event" value={slug} />
      <SubmitButton variant="danger" size="sm" pendingText="Cancelling…" testId="my-event-cancel-confirm" label={`Yes, cancel your RSVP for ${title}`}>
        Yes, cancel
      </SubmitButton>
      <Button variant="quiet" size="sm" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
      <Message state={state} />
    </form>
  )
}

/** Makes (or remakes) the private feed link and shows it once, with Copy. */
export function CalendarFeedPanel({ hasFeed }: { hasFeed: boolean }) {
  const [state, action] = useActionState(resetCalendarFeed, null)
  const [copied, setCopied] = useState(false)
  const made = state?.ok ? state.url : null
  const copy = async () => {
    if (!made) return
    await navigator.clipboard.writeText(made).then(() => setCopied(true), () => setCopied(false))
  }
  return (
    <div className={styles.feedBody}>
      {made && (
        <>
          <TextField name="calendar-feed-url" label="Your private calendar link" value={made} readOnly onFocus={(e) => e.currentTarget.select()} />
          <div className={styles.actions}>
            <Button variant="secondary" size="sm" onClick={copy} data-testid="calendar-feed-copy">
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
          <p role="status" className={styles.ok}>
            Copy it now: for your safety it is not shown again. Any earlier link has stopped working.
          </p>
        </>
      )}
      <form action={action}>
        <SubmitButton
          variant={hasFeed || made ? "quiet" : "secondary"}
          size="sm"
          pendingText="Making your link…"
          testId="calendar-feed-reset"
        >
          {hasFeed || made ? "Reset link" : "Get my calendar link"}
        </SubmitButton>
      </form>
      {state && !state.ok && <Message state={state} />}
    </div>
  )
}
