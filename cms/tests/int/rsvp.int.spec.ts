import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '@/payload-types'
import { getTestPayload, type LocalUser, STOREFRONT_USER_EMAIL, userByEmail } from './helpers'

const quiet = { disableRevalidate: true }
let payload: Payload
let storefront: LocalUser
const eventIds: number[] = []

const customer = (n: number) => `cus_RSVPTEST${String(n).padStart(6, '0')}`

async function publishedEvent(data: Partial<Event> = {}): Promise<Event> {
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'RSVP test',
      slug: `rsvp-test-${Date.now()}-${eventIds.length}`,
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      timeZone: 'Africa/Lagos',
      capacity: 5,
      registrationOpen: true,
      _status: 'published',
      ...data,
    },
    context: quiet,
  })
  eventIds.push(event.id)
  return event
}

/** What the storefront does after Medusa has vouched for the shopper. */
const rsvp = (event: Event, n: number) =>
  payload.create({
    collection: 'event-registrations',
    data: {
      event: event.id,
      customerId: customer(n),
      name: `Reader ${n}`,
      email: `r${n}@example.com`,
      status: 'registered',
    },
    user: storefront,
    overrideAccess: false,
  })

const activeCount = (event: Event) =>
  payload.count({
    collection: 'event-registrations',
    where: { event: { equals: event.id }, status: { equals: 'registered' } },
  })

beforeAll(async () => {
  payload = await getTestPayload()
  storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL)
})

afterAll(async () => {
  await payload.delete({ collection: 'event-registrations', where: { event: { in: eventIds } } })
  await payload.delete({ collection: 'events', where: { id: { in: eventIds } }, context: quiet })
  await payload.destroy()
})

describe('RSVP capacity', () => {
  it('gives 5 seats to exactly 5 of 20 shoppers racing for them', async () => {
    const event = await publishedEvent({ capacity: 5 })
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => rsvp(event, n)))

    const accepted = results.filter((result) => result.status === 'fulfilled')
    const refused = results.filter((result) => result.status === 'rejected')
    expect(accepted).toHaveLength(5)
    expect((await activeCount(event)).totalDocs).toBe(5)
    for (const result of refused) {
      expect(result.reason).toMatchObject({ status: 409, message: 'This event is full' })
    }
  })

  it('says so when the event is full, and frees the seat of a cancelled RSVP', async () => {
    const event = await publishedEvent({ capacity: 1 })
    const first = await rsvp(event, 100)
    await expect(rsvp(event, 101)).rejects.toMatchObject({ status: 409, message: 'This event is full' })

    const cancelled = await payload.update({
      collection: 'event-registrations',
      id: first.id,
      data: { status: 'cancelled' },
      user: storefront,
      overrideAccess: false,
    })
    expect(cancelled.status).toBe('cancelled')
    await expect(rsvp(event, 101)).resolves.toMatchObject({ status: 'registered' })
  })

  it('has no limit when the event has no capacity', async () => {
    const event = await publishedEvent({ capacity: null })
    await Promise.all(Array.from({ length: 8 }, (_, n) => rsvp(event, 200 + n)))
    expect((await activeCount(event)).totalDocs).toBe(8)
  })
})

describe('one RSVP per shopper and event', () => {
  it('refuses a second RSVP clearly, even when both arrive at once', async () => {
    const event = await publishedEvent({ capacity: 10 })
    const both = await Promise.allSettled([rsvp(event, 300), rsvp(event, 300)])
    expect(both.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const [refusal] = both.filter((result) => result.status === 'rejected')
    expect(refusal?.reason).toMatchObject({
      status: 409,
      message: 'You are already registered for this event',
    })
    await expect(rsvp(event, 300)).rejects.toMatchObject({ status: 409 })
  })

  it('lets a shopper who cancelled register again', async () => {
    const event = await publishedEvent()
    const first = await rsvp(event, 400)
    await payload.update({
      collection: 'event-registrations',
      id: first.id,
      data: { status: 'cancelled' },
      user: storefront,
      overrideAccess: false,
    })
    await expect(rsvp(event, 400)).resolves.toMatchObject({ status: 'registered' })
  })
})

describe('events that take no RSVPs', () => {
  it('refuses a closed, a past and an unpublished event', async () => {
    const closed = await publishedEvent({ registrationOpen: false })
    await expect(rsvp(closed, 500)).rejects.toMatchObject({
      status: 409,
      message: 'Registration for this event is closed',
    })
    const past = await publishedEvent({ startsAt: new Date(Date.now() - 86_400_000).toISOString() })
    await expect(rsvp(past, 500)).rejects.toMatchObject({ status: 409 })
    const draft = await publishedEvent({ _status: 'draft' })
    await expect(rsvp(draft, 500)).rejects.toMatchObject({ status: 404 })
  })

  it('refuses a malformed customer id', async () => {
    const event = await publishedEvent()
    await expect(
      payload.create({
        collection: 'event-registrations',
        data: {
          event: event.id,
          customerId: 'nobody',
          name: 'X',
          email: 'x@example.com',
          status: 'registered',
        },
        user: storefront,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('what the storefront key may do with an RSVP', () => {
  it('may cancel, but not rename it, move it, or reinstate it', async () => {
    const event = await publishedEvent()
    const other = await publishedEvent()
    const registration = await rsvp(event, 600)

    await expect(
      payload.update({
        collection: 'event-registrations',
        id: registration.id,
        data: { event: other.id, status: 'cancelled', name: 'Someone else' },
        user: storefront,
        overrideAccess: false,
      }),
    ).resolves.toMatchObject({ status: 'cancelled', name: 'Reader 600' })
    const moved = await payload.findByID({ collection: 'event-registrations', id: registration.id, depth: 0 })
    expect(moved.event).toBe(event.id)

    await expect(
      payload.update({
        collection: 'event-registrations',
        id: registration.id,
        data: { status: 'registered' },
        user: storefront,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('may not delete one, and anonymous visitors cannot see any', async () => {
    const event = await publishedEvent()
    const registration = await rsvp(event, 700)
    await expect(
      payload.delete({
        collection: 'event-registrations',
        id: registration.id,
        user: storefront,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.find({ collection: 'event-registrations', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
