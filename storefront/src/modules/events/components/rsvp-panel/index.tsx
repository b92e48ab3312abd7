"use client"

import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { changeRsvp } from "@/lib/actions/rsvp"
import type { RsvpFormState, RsvpState } from "@/lib/actions/rsvp-input"
import { VerifyEmailPrompt } from "@/modules/account/components/email-verification"
import Alert from "@/modules/common/components/alert"
import { buttonClass } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import Skeleton from "@/modules/common/components/skeleton"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

type Loaded = RsvpState | "unavailable" | null

/** What the panel shows straight after a successful RSVP or cancellation, before the fresh state arrives. */
function afterChange(state: RsvpState, intent: FormDataEntryValue | null): RsvpState {
  const registered = intent === "rsvp"
  const seatsLeft = state.seatsLeft === null ? null : Math.max(0, state.seatsLeft + (registered ? -1 : 1))
  return { ...state, registered, seatsLeft }
}

/**
 * The visitor's part of a cached event page: fetched after the page has
 * arrived, and again after each RSVP or cancellation. A change the cms
 * accepted shows at once (status and seat count move together), then the
 * panel reads the cms's count to be sure.
 */
export default function RsvpPanel({ slug, countryCode }: { slug: string; countryCode: string }) {
  const [state, setState] = useState<Loaded>(null)
  const [last, act, pending] = useActionState(async (previous: RsvpFormState, form: FormData) => {
    const result = await changeRsvp(previous, form)
    if (result?.ok) setState((loaded) => (loaded && loaded !== "unavailable" ? afterChange(loaded, form.get("intent")) : loaded))
    return result
  }, null)

  useEffect(() => {
    let live = true
    fetch(`/api/events/${slug}/rsvp`, { cache: "no-store", credentials: "same-origin" })
      .then((res): Promise<Loaded> | Loaded => (res.ok ? (res.json() as Promise<RsvpState>) : "unavailable"))
      .catch((): Loaded => "unavailable")
      .then((loaded) => {
        if (live) setState(loaded)
      })
    return () => {
      live = false
    }
  }, [slug, last])

  const here = `/${countryCode}/events/${slug}`
  const seats = (n: number | null) => (n === null ? "Seats are open." : `${n} ${n === 1 ? "seat" : "seats"} left.`)
  return (
    <Card as="section" aria-labelledby="rsvp-heading" aria-busy={pending || state === null} className={styles.panel} data-testid="rsvp-panel">
      <h2 id="rsvp-heading" className={styles.heading}>
        RSVP
      </h2>
      {state === null ? (
        <p className={styles.loading}>
          <span className="visually-hidden">Checking your RSVP…</span>
          <Skeleton width="70%" />
          <Skeleton shape="block" height="2.75rem" width="8rem" />
        </p>
      ) : state === "unavailable" ? (
        <Alert tone="warning" as="p">
          RSVPs are unavailable right now. Please try again later.
        </Alert>
      ) : state.registered ? (
        <form action={act} className={styles.form}>
          <input type="hidden" name="intent" value="cancel" />
          <input type="hidden" name="event" value={slug} />
          <p data-testid="rsvp-status" className={styles.status}>
            You are registered for this event.
          </p>
          <SubmitButton pendingText="Cancelling…" testId="rsvp-cancel" variant="secondary">
            Cancel my RSVP
          </SubmitButton>
        </form>
      ) : !state.open ? (
        <p data-testid="rsvp-status">Registration for this event is closed.</p>
      ) : state.seatsLeft === 0 ? (
        <p data-testid="rsvp-status">This event is full.</p>
      ) : !state.signedIn ? (
        <div className={styles.form}>
          <p data-testid="rsvp-status" className={styles.status}>
            {seats(state.seatsLeft)}
          </p>
          <Link href={`/${countryCode}/account/login?${new URLSearchParams({ next: here })}`} className={buttonClass()}>
            Sign in to RSVP
          </Link>
        </div>
      ) : !state.emailVerified ? (
        <VerifyEmailPrompt countryCode={countryCode} doing="RSVP to events" />
      ) : (
        <form action={act} className={styles.form}>
          <input type="hidden" name="intent" value="rsvp" />
          <input type="hidden" name="event" value={slug} />
          <p data-testid="rsvp-status" className={styles.status}>
            {seats(state.seatsLeft)}
          </p>
          <SubmitButton pendingText="Registering…" testId="rsvp-submit">
            RSVP
          </SubmitButton>
        </form>
      )}
      {last?.message && !pending && (
        <Alert tone={last.ok ? "success" : "error"} as="p" testId="rsvp-message">
          {last.message}
        </Alert>
      )}
    </Card>
  )
}
