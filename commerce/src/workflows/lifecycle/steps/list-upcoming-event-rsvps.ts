import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listUpcomingEventRsvps } from "../../../lib/lifecycle/event-rsvps"

export const listUpcomingEventRsvpsStepId = "list-upcoming-event-rsvps"

/** How far ahead of an event its reminder goes out. */
export const EVENT_REMINDER_AHEAD_MS = 24 * 3_600_000

export type ListUpcomingEventRsvpsInput = { now: string }

/**
 * Asks the cms (which owns events and RSVPs) for every active RSVP of a
 * published event starting after `now` and within the next 24 hours. Reads
 * only; an unreachable cms fails the run before anything is claimed or sent.
 */
export const listUpcomingEventRsvpsStep = createStep(listUpcomingEventRsvpsStepId, async (input: ListUpcomingEventRsvpsInput) => {
  const now = new Date(input.now)
  return new StepResponse(await listUpcomingEventRsvps(now, new Date(now.getTime() + EVENT_REMINDER_AHEAD_MS)))
})
