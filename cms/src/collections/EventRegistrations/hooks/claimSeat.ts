import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { EventRegistration } from '@/payload-types'

type EventRow = {
  capacity: number | null
  registration_open: boolean | null
  starts_at: string | Date
  status: string | null
}

const refuse = (message: string, status = 409) => new APIError(message, status, null, true)

/** The drizzle handle of the request's own transaction; RSVPs are never written outside one. */
async function transactionOf(req: PayloadRequest) {
  const id = req.transactionID ? await req.transactionID : undefined
  // The cms runs on the Postgres adapter only (payload.config.ts).
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = id === undefined ? undefined : adapter.sessions?.[id]
  if (!session) throw new APIError('An RSVP must be written inside a database transaction', 500)
  return session.db
}

const eventIdOf = (event: EventRegistration['event'] | undefined) =>
  typeof event === 'object' && event ? event.id : event

/**
 * Takes a seat for a new (or reinstated) RSVP. `select … for update` on the event
 * row makes every RSVP for that event wait its turn, so the count that follows
 * sees every seat already taken and committed: 20 shoppers racing for 5 seats
 * leave exactly 5 registrations. The same lock makes a second RSVP by the same
 * shopper see the first; the partial unique index is the last line behind it.
 */
export const claimSeat: CollectionBeforeChangeHook<EventRegistration> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const isStorefront = hasRole(req.user, 'storefront') && !hasRole(req.user, 'admin', 'editor')
  if (operation === 'update') {
    if (isStorefront && data.status !== 'cancelled') {
      throw refuse('The storefront may only cancel an RSVP', 403)
    }
    if (data.status !== 'registered' || originalDoc?.status === 'registered') return data
  } else {
    data.status = 'registered'
  }

  const eventId = eventIdOf(data.event ?? originalDoc?.event)
  const customerId = data.customerId ?? originalDoc?.customerId
  if (eventId === undefined || eventId === null || !customerId) {
    throw refuse('An RSVP needs an event and a customer', 400)
  }
  const db = await transactionOf(req)

  const locked = await db.execute(sql`
    select capacity, registration_open, starts_at, _status as status
    from events where id = ${eventId} for update`)
  const event = locked.rows[0] as EventRow | undefined
  if (!event || event.status !== 'published') throw refuse('No such event', 404)
  if (!event.registration_open) throw refuse('Registration for this event is closed')
  if (new Date(event.starts_at).getTime() <= Date.now()) {
    throw refuse('This event has already started; registration is closed')
  }

  const taken = await db.execute(sql`
    select count(*)::int as seats,
           count(*) filter (where customer_id = ${customerId})::int as mine
    from event_registrations
    where event_id = ${eventId} and status = 'registered'`)
  const { seats, mine } = taken.rows[0] as { seats: number; mine: number }
  if (mine > 0) throw refuse('You are already registered for this event')
  if (event.capacity !== null && seats >= event.capacity) throw refuse('This event is full')
  return data
}
