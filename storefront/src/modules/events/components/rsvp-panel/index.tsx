"use client"

import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { changeRsvp } from "@/lib/actions/rsvp"
import type { RsvpState } from "@/lib/actions/rsvp-input"
import SubmitButton from "@/modules/account/components/submit-button"

type Loaded = RsvpState | "unavailable" | null

/**
 * The visitor's part of a cached event page: fetched after the page has
 * arrived, and again after each RSVP or cancellation.
 */
export default function RsvpPanel({ slug, countryCode }: { slug: string; countryCode: string }) {
  const [last, act] = useActionState(changeRsvp, null)
  const [state, setState] = useState<Loaded>(null)

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
  return (
    <section aria-labelledby="rsvp-heading" className="notice" data-testid="rsvp-panel">
      <h2 id="rsvp-heading">RSVP</h2>
      {state === null ? (
        <p>Checking your RSVP…</p>
      ) : state === "unavailable" ? (
        <p role="status">RSVPs are unavailable right now. Please try again later.</p>
      ) : state.registered ? (
        <form action={act}>
          <input type="hidden" name="intent" value="cancel" />
          <p data-testid="rsvp-status">You are registered for this event.</p>
          <input type="hidden" name="event" value={slug} />
          <SubmitButton pendingText="Cancelling…" testId="rsvp-cancel">
            Cancel my RSVP
          </SubmitButton>
        </form>
      ) : !state.open ? (
        <p data-testid="rsvp-status">Registration for this event is closed.</p>
      ) : state.seatsLeft === 0 ? (
        <p data-testid="rsvp-status">This event is full.</p>
      ) : !state.signedIn ? (
        <p data-testid="rsvp-status">
          <Link href={`/${countryCode}/account/login?${new URLSearchParams({ next: here })}`}>Sign in to RSVP</Link>
          {state.seatsLeft !== null && ` · ${state.seatsLeft} seats left`}
        </p>
      ) : (
        <form action={act}>
          <input type="hidden" name="intent" value="rsvp" />
          <p data-testid="rsvp-status">{state.seatsLeft === null ? "Seats are open." : `${state.seatsLeft} seats left.`}</p>
          <input type="hidden" name="event" value={slug} />
          <SubmitButton pendingText="Registering…" testId="rsvp-submit">
            RSVP
          </SubmitButton>
        </form>
      )}
      {last?.message && (
        <p role={last.ok ? "status" : "alert"} data-testid="rsvp-message">
          {last.message}
        </p>
      )}
    </section>
  )
}
