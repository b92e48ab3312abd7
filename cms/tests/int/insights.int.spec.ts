import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event } from '@/payload-types'
import { getTestPayload, type LocalUser, STOREFRONT_USER_EMAIL, userByEmail } from './helpers'
import * as rest from './restApi'

// The seeded service accounts' development keys (cms/src/seed/data/serviceUsers.ts).
const COMMERCE_KEY = process.env.COMMERCE_API_KEY || 'dev-only-commerce-api-key'
const STOREFRONT_KEY = process.env.STOREFRONT_API_KEY || 'dev-only-storefront-api-key'
const quiet = { disableRevalidate: true }

let payload: Payload
let storefront: LocalUser
let event: Event
const from = new Date(Date.now() - 86_400_000).toISOString()
const to = new Date(Date.now() + 86_400_000).toISOString()

const get = (path: string, key: string | null = COMMERCE_KEY) =>
  rest.api('GET', path, key ? { headers: { authorization: `users API-Key ${key}` } } : {})

beforeAll(async () => {
  payload = await getTestPayload()
  storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL)
  event = await payload.create({
    collection: 'events',
    data: {
      title: 'Insights reading',
      slug: `insights-reading-${Date.now()}`,
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      timeZone: 'Africa/Lagos',
      capacity: 5,
      registrationOpen: true,
      _status: 'published',
    },
    context: quiet,
  })
  const rsvps = []
  for (const n of [1, 2, 3]) {
    rsvps.push(
      await payload.create({
        collection: 'event-registrations',
        data: { event: event.id, customerId: `cus_INSIGHTS${String(n).padStart(6, '0')}`, name: `Reader ${n}`, email: `insights${n}@example.com`, status: 'registered' },
        user: storefront,
        overrideAccess: false,
      }),
    )
  }
  await payload.update({ collection: 'event-registrations', id: rsvps[2].id, data: { status: 'cancelled' } })
})

afterAll(async () => {
  await payload.delete({ collection: 'event-registrations', where: { event: { equals: event.id } } })
  await payload.delete({ collection: 'events', id: event.id, context: quiet })
  await payload.destroy()
})

describe('the audience figures commerce reads (GET /api/insights/*)', () => {
  it('are for staff and the commerce service account only', async () => {
    const path = `/api/insights/audience?from=${from}&to=${to}`
    expect((await get(path, null)).status).toBe(401)
    expect((await get(path, STOREFRONT_KEY)).status).toBe(403)
    expect((await get(`/api/insights/rsvps?from=${from}&to=${to}`, STOREFRONT_KEY)).status).toBe(403)
    expect((await get(path)).status).toBe(200)
  })

  it('count RSVPs against capacity and the newsletter by status and week', async () => {
    const { status, body } = await get(`/api/insights/audience?from=${from}&to=${to}`)
    expect(status).toBe(200)
    expect(body!.events.find((e: { id: number }) => e.id === event.id)).toMatchObject({ title: 'Insights reading', capacity: 5, registered: 2, cancelled: 1 })
    const count = async (s: 'confirmed' | 'pending' | 'unsubscribed') =>
      (await payload.count({ collection: 'newsletter-subscribers', where: { status: { equals: s } } })).totalDocs
    expect(body!.newsletter).toMatchObject({ confirmed: await count('confirmed'), pending: await count('pending'), unsubscribed: await count('unsubscribed') })
    const signedUp = (await payload.count({ collection: 'newsletter-subscribers', where: { createdAt: { greater_than_equal: from, less_than: to } } })).totalDocs
    expect(body!.newsletter.weekly.reduce((n: number, w: { signed_up: number }) => n + w.signed_up, 0)).toBe(signedUp)
  })

  it('page the RSVPs of a period by keyset, with the event and the reader', async () => {
    const first = await get(`/api/insights/rsvps?from=${from}&to=${to}&limit=2`)
    expect(first.body!.rsvps).toHaveLength(2)
    const rest2 = await get(`/api/insights/rsvps?from=${from}&to=${to}&limit=2&after=${first.body!.next}`)
    const ours = [...first.body!.rsvps, ...rest2.body!.rsvps].filter((r: { email: string }) => r.email.startsWith('insights'))
    expect(ours.map((r: { email: string; status: string; event_title: string }) => [r.email, r.status, r.event_title])).toEqual([
      ['insights1@example.com', 'registered', 'Insights reading'],
      ['insights2@example.com', 'registered', 'Insights reading'],
      ['insights3@example.com', 'cancelled', 'Insights reading'],
    ])
  })

  it('refuse a period they cannot read with a 400 naming it', async () => {
    const message = async (query: string) => (await get(`/api/insights/audience?${query}`)).body!.errors[0].message
    expect(await message(`to=${to}`)).toBe('from and to are required (ISO 8601 instants).')
    expect(await message(`from=yesterday&to=${to}`)).toBe('from is not an ISO 8601 instant.')
    expect(await message(`from=${to}&to=${from}`)).toBe('to must be after from.')
    expect((await get(`/api/insights/rsvps?from=${from}&to=${to}&after=1;drop`)).status).toBe(400)
  })
})
