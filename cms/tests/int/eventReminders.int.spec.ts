import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '@/payload-types'
import { ensureUser, getTestPayload, paragraphs, STOREFRONT_USER_EMAIL, userByEmail } from './helpers'
import * as rest from './restApi'

// The seeded service accounts' development keys (cms/src/seed/data/serviceUsers.ts).
const COMMERCE_KEY = process.env.COMMERCE_API_KEY || 'dev-only-commerce-api-key'
const STOREFRONT_KEY = process.env.STOREFRONT_API_KEY || 'dev-only-storefront-api-key'
const PREVIEW_KEY = process.env.STOREFRONT_PREVIEW_API_KEY || 'dev-only-preview-api-key'
const HOUR = 3_600_000
const quiet = { disableRevalidate: true }

let payload: Payload
const events: Event[] = []
const now = Date.now()
const from = new Date(now).toISOString()
const to = new Date(now + 24 * HOUR).toISOString()

const get = (path: string, authorization: string | null = `users API-Key ${COMMERCE_KEY}`) =>
  rest.api('GET', path, authorization ? { headers: { authorization } } : {})
const windowPath = (extra = '') => `/api/event-reminders?from=${from}&to=${to}${extra}`

/** A JWT of a password account with `roles`, signed in through the REST API as the admin panel does. */
async function signedIn(email: string, roles: NonNullable<Parameters<typeof ensureUser>[1]['roles']>) {
  await ensureUser(payload, { email, roles })
  const { body } = await rest.api('POST', '/api/users/login', rest.json({ email, password: 'test-password' }))
  return `JWT ${body!.token}`
}

async function event(title: string, startsInHours: number, data: Partial<Event> = {}) {
  const created = await payload.create({
    collection: 'events',
    data: {
      title,
      slug: `${title.toLowerCase().replace(/\W+/g, '-')}-${now}`,
      startsAt: new Date(now + startsInHours * HOUR).toISOString(),
      timeZone: 'Africa/Lagos',
      registrationOpen: true,
      _status: 'published',
      ...data,
    },
    context: quiet,
  })
  events.push(created)
  return created
}

async function rsvp(eventId: number, n: number, status: 'registered' | 'cancelled' = 'registered') {
  const storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL)
  const created = await payload.create({
    collection: 'event-registrations',
    data: { event: eventId, customerId: `cus_REMIND${String(n).padStart(8, '0')}`, name: `Reader ${n}`, email: `remind${n}@example.com`, status: 'registered' },
    user: storefront,
    overrideAccess: false,
  })
  if (status === 'cancelled') await payload.update({ collection: 'event-registrations', id: created.id, data: { status } })
  return created
}

beforeAll(async () => {
  payload = await getTestPayload()
  const soon = await event('Reading in Lagos', 5, {
    endsAt: new Date(now + 7 * HOUR).toISOString(),
    venue: 'Freedom Park, 1 Hospital Rd, Lagos Island',
    description: paragraphs('An evening of readings; doors open at six.'),
  })
  const online = await event('Online Q&A', 20, { onlineUrl: 'https://meet.example.com/qa' })
  const later = await event('Next week workshop', 30)
  const started = await event('Started already', 2)
  const unpublished = await event('Unpublished salon', 3)
  await rsvp(soon.id, 1)
  await rsvp(soon.id, 2)
  await rsvp(soon.id, 3, 'cancelled')
  await rsvp(online.id, 4)
  await rsvp(later.id, 5)
  await rsvp(started.id, 6)
  await rsvp(unpublished.id, 7)
  // RSVPs are only taken for published events yet to start: move these two there afterwards.
  const pool = payload.db.pool
  await pool.query(`UPDATE events SET starts_at = $1 WHERE id = $2`, [new Date(now - HOUR), started.id])
  await pool.query(`UPDATE events SET _status = 'draft' WHERE id = $1`, [unpublished.id])
})

afterAll(async () => {
  for (const e of events) {
    await payload.delete({ collection: 'event-registrations', where: { event: { equals: e.id } } })
    await payload.delete({ collection: 'events', id: e.id, context: quiet })
  }
  await payload.destroy()
})

describe('the RSVPs commerce sends event reminders to (GET /api/event-reminders)', () => {
  // Readers (customers) reach the cms only through the storefront's account, which is refused here.
  it('are for staff and the commerce service account only', async () => {
    expect((await get(windowPath(), null)).status).toBe(401)
    expect((await get(windowPath(), `users API-Key ${STOREFRONT_KEY}`)).status).toBe(403)
    expect((await get(windowPath(), `users API-Key ${PREVIEW_KEY}`)).status).toBe(403)
    expect((await get(windowPath(), await signedIn('editor-reminders@example.com', ['editor']))).status).toBe(200)
    expect((await get(windowPath())).status).toBe(200)
  })

  it('list each active RSVP of the published events starting in the window, with what a reminder needs', async () => {
    const { status, body } = await get(windowPath())
    expect(status).toBe(200)
    const ours = body!.rsvps.filter((r: { email: string }) => r.email.startsWith('remind'))
    expect(ours.map((r: { email: string }) => r.email)).toEqual(['remind1@example.com', 'remind2@example.com', 'remind4@example.com'])
    expect(ours[0]).toEqual({
      id: expect.any(Number),
      name: 'Reader 1',
      email: 'remind1@example.com',
      event: {
        id: events[0].id,
        title: 'Reading in Lagos',
        slug: events[0].slug,
        starts_at: new Date(events[0].startsAt).toISOString(),
        ends_at: new Date(events[0].endsAt!).toISOString(),
        time_zone: 'Africa/Lagos',
        venue: 'Freedom Park, 1 Hospital Rd, Lagos Island',
        online_url: null,
        summary: 'An evening of readings; doors open at six.',
      },
    })
    expect(ours[2].event).toMatchObject({ title: 'Online Q&A', venue: null, online_url: 'https://meet.example.com/qa', ends_at: null, summary: null })
    expect(body!.next).toBeNull()
  })

  it('page by keyset', async () => {
    const first = await get(windowPath('&limit=1'))
    expect(first.body!.rsvps).toHaveLength(1)
    expect(first.body!.next).toBe(String(first.body!.rsvps[0].id))
    const second = await get(windowPath(`&limit=1&after=${first.body!.next}`))
    expect(second.body!.rsvps[0].id).toBeGreaterThan(first.body!.rsvps[0].id)
  })

  it('refuse a window or page they cannot read with a 400 naming it', async () => {
    const message = async (query: string) => {
      const { status, body } = await get(`/api/event-reminders?${query}`)
      expect(status).toBe(400)
      return body!.errors[0].message
    }
    expect(await message(`to=${to}`)).toBe('from and to are required (ISO 8601 instants).')
    expect(await message(`from=tomorrow&to=${to}`)).toBe('from is not an ISO 8601 instant.')
    expect(await message(`from=${to}&to=${from}`)).toBe('to must be after from.')
    expect(await message(`from=${from}&to=${new Date(now + 8 * 24 * HOUR).toISOString()}`)).toBe('The window spans at most 7 days.')
    expect(await message(`from=${from}&to=${to}&limit=0`)).toBe('limit must be a whole number from 1 to 1000.')
    expect(await message(`from=${from}&to=${to}&after=1;drop`)).toBe('after must be the next cursor of the previous page.')
  })
})
