import { createHash, randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign, Event } from '@/payload-types'
import { ensureUser, getTestPayload, type LocalUser, paragraphs, STOREFRONT_USER_EMAIL, userByEmail } from './helpers'

// The seeded service accounts' development keys (cms/src/seed/data/serviceUsers.ts).
const COMMERCE_KEY = process.env.COMMERCE_API_KEY || 'dev-only-commerce-api-key'
const STOREFRONT_KEY = process.env.STOREFRONT_API_KEY || 'dev-only-storefront-api-key'
const PREVIEW_KEY = process.env.PREVIEW_API_KEY || 'dev-only-preview-api-key'

const RUN = Date.now().toString(36)
const quiet = { disableRevalidate: true }
let payload: Payload
let storefront: LocalUser
let rest: typeof import('./restApi')
const eventIds: number[] = []

const customer = (name: string) => `cus_ERASE${RUN}${name}`.slice(0, 44)
const emailOf = (name: string) => `${name.toLowerCase()}-${RUN}@example.com`

/** `key` is a service account's API key, or `JWT <token>` of a signed-in user; null is nobody. */
const call = (path: 'erase' | 'newsletter', body: unknown, key: string | null = COMMERCE_KEY) =>
  rest.api(
    'POST',
    `/api/reader-data/${path}`,
    rest.json(body, key ? { authorization: key.startsWith('JWT ') ? key : `users API-Key ${key}` } : {}),
  )
const signIn = async (role: 'admin' | 'editor' | 'author') => {
  const email = `reader-data-${role}-${RUN}@example.com`
  await ensureUser(payload, { email, roles: [role] })
  const { body } = await rest.api('POST', '/api/users/login', rest.json({ email, password: 'test-password' }))
  return `JWT ${body?.token}`
}

async function publishedEvent(capacity: number): Promise<Event> {
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Erasure test',
      slug: `erasure-test-${RUN}-${eventIds.length}`,
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      timeZone: 'Africa/Lagos',
      capacity,
      registrationOpen: true,
      _status: 'published',
    },
    context: quiet,
  })
  eventIds.push(event.id)
  return event
}

/** What the storefront does after Medusa has vouched for the shopper. */
const rsvp = (event: Event, name: string) =>
  payload.create({
    collection: 'event-registrations',
    data: { event: event.id, customerId: customer(name), name: `${name} Reader`, email: emailOf(name), status: 'registered' },
    user: storefront,
    overrideAccess: false,
  })
const feed = (name: string) =>
  payload.create({
    collection: 'calendar-feeds',
    data: { customerId: customer(name), tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex') },
  })
const rsvpsOf = async (name: string) =>
  (await payload.find({ collection: 'event-registrations', where: { customerId: { equals: customer(name) } }, sort: 'id', depth: 0 })).docs
const feedsOf = async (name: string) =>
  (await payload.find({ collection: 'calendar-feeds', where: { customerId: { equals: customer(name) } } })).docs
const subscriberOf = async (name: string) =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: emailOf(name) } } })).docs[0]
const suppressionOf = async (name: string) =>
  (await payload.find({ collection: 'email-suppressions', where: { email: { equals: emailOf(name) } } })).docs[0]

/** A reader with an RSVP to an event to come and one to an event that has taken place, a calendar feed and a confirmed subscription. */
async function readerEverywhere(name: string, upcoming: Event, past: Event) {
  await rsvp(upcoming, name)
  await rsvp(past, name)
  await feed(name)
  // A sign-up starts pending; confirming it is the reader's link, done here directly.
  const sub = await payload.create({ collection: 'newsletter-subscribers', data: { email: emailOf(name), status: 'pending', source: 'storefront', tags: ['memoir'] } })
  await payload.update({ collection: 'newsletter-subscribers', id: sub.id, data: { status: 'confirmed', confirmedAt: new Date().toISOString() } })
}

let upcoming: Event
let past: Event
let campaign: Campaign

beforeAll(async () => {
  rest = await import('./restApi')
  payload = await getTestPayload()
  storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL)
  upcoming = await publishedEvent(3)
  past = await publishedEvent(10)
  for (const name of ['Amaka', 'Bola', 'Idem']) await readerEverywhere(name, upcoming, past)
  // A campaign went to Amaka and Bola (its sender writes the recipients in SQL, as here).
  campaign = (await payload.create({ collection: 'campaigns', data: { subject: `Erasure ${RUN}`, body: paragraphs('Hello') as Campaign['body'], audience: 'all', status: 'draft' } })) as Campaign
  for (const name of ['Amaka', 'Bola']) {
    await payload.db.pool.query(
      `INSERT INTO campaign_recipients (campaign_id, subscriber_id, email, batch, status) SELECT $1, id, email, 0, 'sent' FROM newsletter_subscribers WHERE email = $2`,
      [campaign.id, emailOf(name)],
    )
  }
  // The second event has taken place since they answered (RSVPs are refused once an event starts).
  await payload.db.pool.query(`UPDATE events SET starts_at = now() - interval '3 days' WHERE id = $1`, [past.id])
})

afterAll(async () => {
  await payload.db.pool.query(`DELETE FROM campaign_recipients WHERE campaign_id = $1`, [campaign?.id ?? 0])
  if (campaign) await payload.delete({ collection: 'campaigns', id: campaign.id })
  await payload.delete({ collection: 'event-registrations', where: { event: { in: eventIds } } })
  await payload.delete({ collection: 'events', where: { id: { in: eventIds } }, context: quiet })
  await payload.delete({ collection: 'calendar-feeds', where: { customerId: { like: `cus_ERASE${RUN}` } } })
  await payload.delete({ collection: 'newsletter-subscribers', where: { email: { like: `-${RUN}@example.com` } } })
  await payload.delete({ collection: 'email-suppressions', where: { email: { like: `-${RUN}@example.com` } } })
  await payload.destroy()
})

describe('erasing a reader (POST /api/reader-data/erase)', () => {
  it('admits only the commerce service account and admins, and names what is wrong with a bad body', async () => {
    const body = { customerId: customer('Nobody'), email: emailOf('Nobody') }
    expect((await call('erase', body, null)).status).toBe(401)
    for (const key of [STOREFRONT_KEY, PREVIEW_KEY, await signIn('editor'), await signIn('author')]) {
      expect((await call('erase', body, key)).status).toBe(403)
    }
    expect((await call('erase', body, await signIn('admin'))).status).toBe(200)

    expect(await call('erase', { email: emailOf('Nobody') })).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringMatching(/^customerId: /) }] } })
    expect(await call('erase', { customerId: 'someone', email: null })).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringMatching(/^customerId: Expected a Medusa customer id/) }] } })
    expect(await call('erase', { customerId: customer('Nobody'), email: 'not-an-address' })).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringMatching(/^email: /) }] } })
    expect((await call('erase', { ...body, extra: true })).status).toBe(400)
    expect((await rest.api('POST', '/api/reader-data/erase', { headers: { authorization: `users API-Key ${COMMERCE_KEY}`, 'content-type': 'application/json' }, body: '{' })).status).toBe(400)
  })

  it("erases only that reader's RSVPs, feed and subscription: the upcoming seat is freed, past attendance kept, and again changes nothing", async () => {
    const [feedBefore] = await feedsOf('Amaka')
    const res = await call('erase', { customerId: customer('Amaka'), email: emailOf('Amaka').toUpperCase() })
    expect(res).toMatchObject({
      status: 200,
      body: {
        erased: {
          customerId: customer('Amaka'),
          rsvpsCancelled: 1,
          rsvpsAnonymised: 2,
          calendarFeedsDeleted: 1,
          newsletterSubscriptionsDeleted: 1,
          campaignRecipientsAnonymised: 1,
          suppressionKept: true,
        },
      },
    })

    const [toCome, attended] = await rsvpsOf('Amaka')
    expect(toCome).toMatchObject({ event: upcoming.id, status: 'cancelled', name: 'Former member', email: `deleted-${customer('Amaka')}@erased.invalid` })
    expect(attended).toMatchObject({ event: past.id, status: 'registered', name: 'Former member', email: `deleted-${customer('Amaka')}@erased.invalid` })
    const kept = JSON.stringify(await rsvpsOf('Amaka'))
    expect(kept).not.toContain('Amaka Reader')
    expect(kept).not.toContain(emailOf('Amaka'))
    // The feed is gone, so its URL (looked up by the hash of its token) finds nothing: the storefront answers 404.
    expect(await feedsOf('Amaka')).toEqual([])
    expect((await payload.find({ collection: 'calendar-feeds', where: { tokenHash: { equals: feedBefore.tokenHash } } })).docs).toEqual([])
    expect(await subscriberOf('Amaka')).toBeUndefined()
    // The campaign still counts one more sent email, to nobody in particular.
    const sent = (await payload.db.pool.query(`SELECT email, subscriber_id FROM campaign_recipients WHERE campaign_id = $1 ORDER BY id`, [campaign.id])).rows
    expect(sent).toEqual([
      { email: expect.stringMatching(/^erased-\d+@erased\.invalid$/), subscriber_id: null },
      { email: emailOf('Bola'), subscriber_id: expect.any(Number) },
    ])
    // What stays: the address and why, so an old list imported later does not mail them.
    expect(await suppressionOf('Amaka')).toMatchObject({ email: emailOf('Amaka'), reason: 'unsubscribed', campaign: null })

    // The seat Amaka held at the event to come (3 seats, all taken) is free: a new reader takes it.
    const seats = await payload.count({ collection: 'event-registrations', where: { event: { equals: upcoming.id }, status: { equals: 'registered' } } })
    expect(seats.totalDocs).toBe(2)
    await expect(rsvp(upcoming, 'Newcomer')).resolves.toMatchObject({ status: 'registered' })
    // The past event still counts Amaka among those who came.
    const came = await payload.count({ collection: 'event-registrations', where: { event: { equals: past.id }, status: { equals: 'registered' } } })
    expect(came.totalDocs).toBe(3)

    // Other readers are untouched.
    expect((await rsvpsOf('Bola')).map((r) => [r.name, r.email, r.status])).toEqual([
      ['Bola Reader', emailOf('Bola'), 'registered'],
      ['Bola Reader', emailOf('Bola'), 'registered'],
    ])
    expect(await feedsOf('Bola')).toHaveLength(1)
    expect(await subscriberOf('Bola')).toMatchObject({ status: 'confirmed' })
    expect(await suppressionOf('Bola')).toBeUndefined()

    // Asked again (commerce retries until it hears a 200): the same answer, nothing left to change.
    const again = await call('erase', { customerId: customer('Amaka'), email: emailOf('Amaka') })
    expect(again).toMatchObject({
      status: 200,
      body: { erased: { rsvpsCancelled: 0, rsvpsAnonymised: 0, calendarFeedsDeleted: 0, newsletterSubscriptionsDeleted: 0, suppressionKept: true } },
    })
    expect((await rsvpsOf('Amaka')).map((r) => r.status)).toEqual(['cancelled', 'registered'])
  })

  it('makes no suppression for an address that was never on the list', async () => {
    const res = await call('erase', { customerId: customer('Never'), email: emailOf('Never') })
    expect(res.body?.erased).toMatchObject({ newsletterSubscriptionsDeleted: 0, suppressionKept: false })
    expect(await suppressionOf('Never')).toBeUndefined()
  })
})

describe("a reader's newsletter status (POST /api/reader-data/newsletter)", () => {
  it('admits the storefront and commerce keys and audience staff, nobody else', async () => {
    const body = { email: emailOf('Idem') }
    expect((await call('newsletter', body, null)).status).toBe(401)
    expect((await call('newsletter', body, PREVIEW_KEY)).status).toBe(403)
    expect((await call('newsletter', body, await signIn('author'))).status).toBe(403)
    for (const key of [STOREFRONT_KEY, COMMERCE_KEY, await signIn('editor')]) expect((await call('newsletter', body, key)).status).toBe(200)
    expect(await call('newsletter', { email: 'nope' }, STOREFRONT_KEY)).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringMatching(/^email: /) }] } })
    expect((await call('newsletter', { emails: [emailOf('Idem')] }, STOREFRONT_KEY)).status).toBe(400)
  })

  it("gives that one address's subscription and suppression, with dates, and no one else's or the link's secret", async () => {
    const { body } = await call('newsletter', { email: emailOf('Idem').toUpperCase() }, STOREFRONT_KEY)
    expect(body).toEqual({
      email: emailOf('Idem'),
      newsletter: {
        status: 'confirmed',
        signed_up_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        confirmed_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        unsubscribed_at: null,
        source: 'storefront',
        tags: ['memoir'],
      },
      marketing_suppressed: null,
    })
    expect(JSON.stringify(body)).not.toMatch(/bola|token/i)

    await payload.update({ collection: 'newsletter-subscribers', where: { email: { equals: emailOf('Idem') } }, data: { status: 'unsubscribed' } })
    const left = (await call('newsletter', { email: emailOf('Idem') }, STOREFRONT_KEY)).body
    expect(left?.newsletter).toMatchObject({ status: 'unsubscribed', unsubscribed_at: expect.stringMatching(/^\d{4}-/) })
    expect(left?.marketing_suppressed).toEqual({ reason: 'unsubscribed', since: expect.stringMatching(/^\d{4}-/) })

    expect((await call('newsletter', { email: emailOf('Stranger') }, STOREFRONT_KEY)).body).toEqual({ email: emailOf('Stranger'), newsletter: null, marketing_suppressed: null })
  })
})

describe('attendance (“Attended” on an RSVP, and POST /api/reader-data/attended)', () => {
  const SECRET = process.env.REVALIDATE_SECRET ?? 'dev-only-revalidate-secret'
  let told: { path?: string; body: { customer_id?: string }; secret?: string | string[] }[] = []
  let commerce: Server
  let editor: LocalUser
  let event: Event

  beforeAll(async () => {
    // A commerce that records what the cms's job tells it, and awards the badge.
    commerce = createServer((req, res) => {
      let raw = ''
      req.on('data', (chunk) => (raw += chunk))
      req.on('end', () => {
        told.push({ path: req.url, body: JSON.parse(raw), secret: req.headers['x-revalidate-secret'] })
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ awarded: ['event_attendee'] }))
      })
    })
    await new Promise<void>((resolve) => commerce.listen(Number(new URL(process.env.COMMERCE_URL!).port), '127.0.0.1', resolve))
    editor = await ensureUser(payload, { email: `attendance-editor-${RUN}@example.com`, roles: ['editor'] })
    event = await publishedEvent(5)
  })
  afterAll(async () => {
    await new Promise((resolve) => commerce?.close(resolve))
  })

  const attended = (name: string, key: string | null = COMMERCE_KEY) =>
    rest.api('POST', '/api/reader-data/attended', rest.json({ customerId: customer(name) }, key ? { authorization: `users API-Key ${key}` } : {}))

  it('an editor ticks it: one job is queued, however often the RSVP is saved, and it tells commerce with the shared secret', async () => {
    const [reg] = [await rsvp(event, 'Tunde')]
    expect((await attended('Tunde')).body).toEqual({ attended: false })

    await payload.update({ collection: 'event-registrations', id: reg.id, data: { attended: true }, user: editor, overrideAccess: false })
    // Saving it again (the name corrected) queues nothing more.
    await payload.update({ collection: 'event-registrations', id: reg.id, data: { name: 'Tunde A. Reader' }, user: editor, overrideAccess: false })
    const { docs: queued } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'tellCommerceAttended' } }, limit: 100 })
    expect(queued.filter((job) => (job.input as { customerId?: string }).customerId === customer('Tunde'))).toHaveLength(1)
    await payload.jobs.run({ limit: 100 })
    // (The queue's own cron may also have picked the job up by now; commerce awards a badge once however often it is told.)
    const calls = told.filter((t) => t.body.customer_id === customer('Tunde'))
    expect(calls.length).toBeGreaterThanOrEqual(1)
    for (const call of calls) expect(call).toEqual({ path: '/hooks/cms/event-attended', body: { customer_id: customer('Tunde') }, secret: SECRET })

    const answer = await attended('Tunde')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ attended: true })
  })

  it('the storefront cannot mark a reader attended, and a cancelled RSVP cannot be', async () => {
    const reg = await rsvp(event, 'Wale')
    await payload.update({ collection: 'event-registrations', id: reg.id, data: { attended: true }, user: storefront, overrideAccess: false }).catch(() => null)
    expect((await payload.findByID({ collection: 'event-registrations', id: reg.id, depth: 0 })).attended).toBeFalsy()

    await payload.update({ collection: 'event-registrations', id: reg.id, data: { status: 'cancelled' }, user: editor, overrideAccess: false })
    const refused = await payload
      .update({ collection: 'event-registrations', id: reg.id, data: { attended: true }, user: editor, overrideAccess: false })
      .catch((error) => error)
    expect(refused.status).toBe(400)
    expect(refused.data.errors).toEqual([expect.objectContaining({ path: 'attended', message: 'A cancelled RSVP cannot be marked attended.' })])
    expect((await attended('Wale')).body).toEqual({ attended: false })
  })

  it('answers commerce and admins only, for a well-formed customer id', async () => {
    expect((await attended('Tunde', null)).status).toBe(401)
    expect((await attended('Tunde', STOREFRONT_KEY)).status).toBe(403)
    const bad = await rest.api('POST', '/api/reader-data/attended', rest.json({ customerId: 'nobody' }, { authorization: `users API-Key ${COMMERCE_KEY}` }))
    expect(bad.status).toBe(400)
    expect(bad.body!.errors[0].message).toMatch(/^customerId: Expected a Medusa customer id/)
  })
})
