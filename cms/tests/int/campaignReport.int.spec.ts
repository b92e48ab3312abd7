import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Campaign } from '@/payload-types'
import type * as Helpers from './helpers'
import type { LocalUser } from './helpers'
import type * as Rest from './restApi'

// The local inbox of tools/inbox: Resend's batch API and its Svix-signed webhooks.
type Message = { id: string; to: string[]; subject: string; html: string; text: string; headers: Record<string, string>; tags: { name: string; value: string }[] }
type Inbox = { url: string; apiKey: string; webhookSecret: string; store: { list: (q: { subject?: string; limit?: number }) => Message[] }; close: () => Promise<void> }
const TOOLS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tools/inbox')
const { startInbox } = (await import(path.join(TOOLS, 'index.mjs'))) as { startInbox: (o: object) => Promise<Inbox> }
const { eventPayload, signSvix } = (await import(path.join(TOOLS, 'webhooks.mjs'))) as {
  eventPayload: (type: string, message: Message & { createdAt: string }, o?: object) => object
  signSvix: (secret: string, id: string, timestamp: number, body: string) => string
}

const RUN = `r${Date.now().toString(36)}`
const STOREFRONT = inject('storefrontUrl')
let inbox: Inbox
let commerce: Server
let payload: Payload
let rest: typeof Rest
let helpers: typeof Helpers
let editor: LocalUser
const storeRequests: string[] = []

/**
 * Commerce's Store API as the cms calls it for the email's cards, on the
 * COMMERCE_URL the test run gave the cms: the publishable key route, regions,
 * products priced for a region (Medusa 2's calculated_price, major units) and
 * published courses by handle. It refuses a call without the publishable key, as Medusa does.
 */
function startCommerceStoreApi(): Promise<Server> {
  const products = [
    { handle: 'the-quiet-draft', title: 'The Quiet Draft', thumbnail: 'https://images.test/quiet-draft.jpg', prices: [9500, 6500] },
    { handle: 'outline-your-book-course', title: 'Outline Your Book (course)', thumbnail: null, prices: [25000] },
  ]
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://commerce')
    storeRequests.push(`${url.pathname}${url.search}`)
    const answer = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.pathname === '/storefront/publishable-key') return answer(200, { publishable_key: 'pk_test_campaigns' })
    if (req.headers['x-publishable-api-key'] !== 'pk_test_campaigns') return answer(400, { type: 'not_allowed', message: 'A valid publishable key is required' })
    if (url.pathname === '/store/regions') {
      return answer(200, { regions: [{ id: 'reg_us', countries: [{ iso_2: 'us' }] }, { id: 'reg_ng', countries: [{ iso_2: 'ng' }, { iso_2: 'gh' }] }] })
    }
    if (url.pathname === '/store/products') {
      const handles = url.searchParams.getAll('handle')
      const priced = url.searchParams.get('region_id') === 'reg_ng'
      const found = products.filter((p) => handles.includes(p.handle))
      return answer(200, {
        products: found.map((p) => ({
          handle: p.handle,
          title: p.title,
          thumbnail: p.thumbnail,
          variants: p.prices.map((amount) => ({ calculated_price: priced ? { calculated_amount: amount, currency_code: 'ngn' } : null })),
        })),
      })
    }
    if (url.pathname === '/store/courses/outline-your-book') {
      return answer(200, {
        course: { title: 'Outline Your Book', handle: 'outline-your-book', cover_url: 'https://images.test/outline.jpg', product: { handle: 'outline-your-book-course' } },
      })
    }
    if (url.pathname === '/store/courses/failing-course') return answer(503, { type: 'unexpected_state', message: 'Database unavailable' })
    return answer(404, { type: 'not_found', message: 'Not found' })
  })
  return new Promise((resolve) => server.listen(Number(new URL(process.env.COMMERCE_URL!).port), '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  inbox = await startInbox({ port: 0, file: null, log: () => {} })
  commerce = await startCommerceStoreApi()
  // The config reads the environment once, on import: set it first.
  process.env.RESEND_API_KEY = inbox.apiKey
  process.env.RESEND_BASE_URL = inbox.url
  process.env.RESEND_WEBHOOK_SECRET = inbox.webhookSecret
  process.env.RESEND_FROM = 'Adaeze Okafor <letters@books.test>'
  helpers = await import('./helpers')
  rest = await import('./restApi')
  payload = await helpers.getTestPayload()
  editor = await helpers.ensureUser(payload, { email: `report-editor-${RUN}@example.com`, roles: ['editor'] })
})

afterAll(async () => {
  await payload?.destroy()
  await inbox?.close()
  await new Promise((resolve) => commerce?.close(resolve))
})

async function addSubscribers(tag: string, emails: string[]) {
  for (const email of emails) {
    const { rows } = await payload.db.pool.query(
      `INSERT INTO newsletter_subscribers (email, status, token, confirmed_at, updated_at, created_at)
       VALUES ($1, 'confirmed', md5(random()::text), now(), now(), now()) RETURNING id`,
      [email],
    )
    await payload.db.pool.query(`INSERT INTO newsletter_subscribers_texts ("order", parent_id, path, text) VALUES (1, $1, 'tags', $2)`, [rows[0].id, tag])
  }
}

async function sendCampaign(subject: string, tag: string, body: object = helpers.paragraphs('Dear reader.')) {
  const campaign = (await payload.create({
    collection: 'campaigns',
    data: { subject, body, audience: 'tag', audienceTag: tag, status: 'scheduled' } as Campaign,
    user: editor,
    overrideAccess: false,
  })) as Campaign
  // The queue is shared with the specs before (jobs they left to retry, the scheduled resume): a run takes
  // ten jobs, oldest first, so this campaign's send may wait for the next run, as it would in production.
  for (let run = 0; run < 10; run++) {
    await payload.jobs.run({ limit: 100 })
    const { status } = await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })
    if (status === 'sent') break
  }
  expect((await payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0 })).status).toBe('sent')
  return campaign
}

const received = (subject: string) => inbox.store.list({ subject, limit: 100 }).filter((m) => m.subject === subject)

async function login(user: LocalUser) {
  const res = await rest.api('POST', '/api/users/login', rest.json({ email: user.email, password: 'test-password' }))
  return { authorization: `JWT ${res.body?.token}` }
}

const block = (fields: Record<string, unknown>) => ({ type: 'block', version: 2, format: '', fields: { id: Math.random().toString(16).slice(2, 26), blockName: '', ...fields } })

/** A body with the email blocks, as the admin's editor saves it. */
function bodyWithBlocks() {
  const body = helpers.paragraphs('Dear reader, two things this week.')
  body.root.children.push(
    block({ blockType: 'emailButton', label: 'Read chapter one', url: '/blog/chapter-one' }) as never,
    block({ blockType: 'emailButton', label: 'Join the live Q&A', url: 'https://live.example.org/qa' }) as never,
    block({ blockType: 'productCard', kind: 'book', handle: 'the-quiet-draft' }) as never,
    block({ blockType: 'productCard', kind: 'course', handle: 'outline-your-book' }) as never,
    block({ blockType: 'productCard', kind: 'book', handle: 'no-such-book' }) as never,
  )
  return body
}

describe('campaign emails with buttons and cards', () => {
  it('render buttons and book and course cards in HTML and text, linked to the storefront, asking commerce once per send', async () => {
    const tag = `cards-${RUN}`
    await addSubscribers(tag, ['a', 'b', 'c'].map((n) => `cards-${n}-${RUN}@example.com`))
    storeRequests.length = 0
    const campaign = await sendCampaign(`Cards ${RUN}`, tag, bodyWithBlocks())
    const messages = received(`Cards ${RUN}`)
    expect(messages).toHaveLength(3)
    expect((await payload.findByID({ collection: 'campaigns', id: campaign.id })).status).toBe('sent')
    // One lookup of each kind for the whole send, not one per reader.
    expect(storeRequests.filter((r) => r.startsWith('/store/products'))).toHaveLength(1)
    expect(storeRequests.filter((r) => r.startsWith('/store/courses/'))).toEqual(['/store/courses/outline-your-book'])
    expect(storeRequests.find((r) => r.startsWith('/store/products'))).toContain('region_id=reg_ng')

    const { html, text } = messages[0]!
    // Buttons: a table cell with an inline-styled link; site paths made absolute on the storefront.
    expect(html).toMatch(new RegExp(`<table role="presentation"[^>]*><tr><td[^>]*><a href="${STOREFRONT}/blog/chapter-one" style="[^"]+">Read chapter one</a>`))
    expect(html).toContain('<a href="https://live.example.org/qa"')
    // Cards: commerce's title, image and cheapest price in the default country's region, linked to the storefront's page.
    expect(html).toContain(`href="${STOREFRONT}/ng/products/the-quiet-draft"`)
    expect(html).toContain('<img src="https://images.test/quiet-draft.jpg" alt="The Quiet Draft"')
    expect(html).toContain('₦6,500')
    expect(html).not.toContain('₦9,500')
    expect(html).toContain(`href="${STOREFRONT}/ng/courses/outline-your-book"`)
    expect(html).toContain('Outline Your Book</a>')
    expect(html).toContain('₦25,000')
    // A handle commerce does not know leaves no card (and no "unknown node").
    expect(html).not.toMatch(/no-such-book|unknown node/)

    expect(text).toContain(`Read chapter one: ${STOREFRONT}/blog/chapter-one`)
    expect(text).toContain('Join the live Q&A: https://live.example.org/qa')
    expect(text).toContain(`The Quiet Draft (Book, ₦6,500)\n${STOREFRONT}/ng/products/the-quiet-draft`)
    expect(text).toContain(`Outline Your Book (Online course, ₦25,000)\n${STOREFRONT}/ng/courses/outline-your-book`)
    expect(text).not.toContain('no-such-book')
  })

  it('previews, for staff only, exactly the email render.ts sends', async () => {
    const tag = `preview-${RUN}`
    const reader = `preview-reader-${RUN}@example.com`
    await addSubscribers(tag, [reader])
    const campaign = await sendCampaign(`Preview ${RUN}`, tag, bodyWithBlocks())
    const [sent] = received(`Preview ${RUN}`)

    const asEditor = await login(editor)
    const preview = await rest.api('GET', `/api/campaigns/${campaign.id}/preview`, { headers: asEditor })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ subject: `Preview ${RUN}`, to: [editor.email], from: 'Adaeze Okafor <letters@books.test>' })
    // Byte for byte what the reader got, but for the reader's own unsubscribe link.
    const readerLink = sent!.headers['List-Unsubscribe']!.slice(1, -1)
    const placeholder = /http:\/\/[^"\s]+\/api\/unsubscribe\?test=1/g
    expect(preview.body!.html.replace(placeholder, 'UNSUBSCRIBE')).toBe(sent!.html.replaceAll(readerLink.replace(/&/g, '&#38;'), 'UNSUBSCRIBE'))
    expect(preview.body!.text.replace(placeholder, 'UNSUBSCRIBE')).toBe(sent!.text.replaceAll(readerLink, 'UNSUBSCRIBE'))

    // A draft previews too; a card commerce fails to answer for is a 502 naming commerce, not a broken email.
    const failing = helpers.paragraphs('Draft.')
    failing.root.children.push(block({ blockType: 'productCard', kind: 'course', handle: 'failing-course' }) as never)
    const draft = await payload.create({ collection: 'campaigns', data: { subject: `Draft ${RUN}`, body: failing as object, audience: 'all', status: 'draft' } as Campaign, user: editor, overrideAccess: false })
    const broken = await rest.api('GET', `/api/campaigns/${draft.id}/preview`, { headers: asEditor })
    expect(broken.status).toBe(502)
    expect(broken.body!.errors[0].message).toMatch(/^Commerce answered 503 to \/store\/courses\/failing-course/)

    const asStorefront = { authorization: 'users API-Key dev-only-storefront-api-key' }
    for (const route of ['preview', 'report']) {
      expect((await rest.api('GET', `/api/campaigns/${campaign.id}/${route}`)).status).toBe(401)
      const refused = await rest.api('GET', `/api/campaigns/${campaign.id}/${route}`, { headers: asStorefront })
      expect(refused.status).toBe(403)
      expect(refused.text).not.toContain('Dear reader')
      expect((await rest.api('GET', `/api/campaigns/not-a-number/${route}`, { headers: asEditor })).status).toBe(400)
      expect((await rest.api('GET', `/api/campaigns/999999/${route}`, { headers: asEditor })).status).toBe(404)
    }
  })
})

describe('campaign report', () => {
  it('counts delivery, unique opens and clicks, top links and unsubscribes from signed webhooks, redeliveries counted once', async () => {
    const tag = `report-${RUN}`
    const readers = ['ada', 'bola', 'chi', 'dayo'].map((n) => `report-${n}-${RUN}@example.com`)
    await addSubscribers(tag, readers)
    const campaign = await sendCampaign(`Report ${RUN}`, tag)
    const messages = received(`Report ${RUN}`)
    expect(messages.map((m) => m.to[0]).sort()).toEqual([...readers].sort())
    const [ada, bola, chi, dayo] = readers.map((address) => ({ ...messages.find((m) => m.to[0] === address)!, createdAt: new Date().toISOString() }))

    const now = Math.floor(Date.now() / 1000)
    let sequence = 0
    /** One event, signed by the inbox's secret; the same svix-id again is Resend redelivering it. */
    const deliver = async (type: string, message: typeof ada, options: object = {}, id = `msg_${RUN}_${++sequence}`) => {
      const body = JSON.stringify(eventPayload(type, message!, options))
      const res = await rest.api('POST', '/api/resend-webhook', {
        headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': String(now), 'svix-signature': signSvix(inbox.webhookSecret, id, now, body) },
        body,
      })
      expect(res.status).toBe(200)
      return id
    }
    const [chapter, shop, events] = [`${STOREFRONT}/blog/chapter-one`, `${STOREFRONT}/ng/store`, `${STOREFRONT}/ng/events`]

    for (const message of [ada, bola, chi]) await deliver('email.delivered', message)
    await deliver('email.delivered', ada, {}, `msg_${RUN}_1`)
    await deliver('email.bounced', dayo, { bounceType: 'hard' })
    await deliver('email.complained', chi)
    const adaOpen = await deliver('email.opened', ada)
    await deliver('email.opened', ada, {}, adaOpen)
    await deliver('email.opened', ada)
    await deliver('email.opened', bola)
    const adaClick = await deliver('email.clicked', ada, { link: chapter })
    await deliver('email.clicked', ada, { link: chapter }, adaClick)
    await deliver('email.clicked', ada, { link: chapter })
    await deliver('email.clicked', ada, { link: shop })
    const bolaClick = await deliver('email.clicked', bola, { link: chapter })
    await deliver('email.clicked', bola, { link: chapter }, bolaClick)
    await deliver('email.clicked', chi, { link: events })

    // Bola leaves through this campaign's link (it names the campaign); the one-click POST twice counts once.
    const link = new URL(bola!.headers['List-Unsubscribe']!.slice(1, -1))
    expect(link.searchParams.get('c')).toBe(String(campaign.id))
    for (let i = 0; i < 2; i++) expect((await rest.api('POST', `${link.pathname}${link.search}`)).status).toBe(200)
    // Chi leaves through a link sent before links named their campaign: it still works, and counts for no campaign.
    const { unsubscribeUrl } = await import('@/campaigns/unsubscribeToken')
    const { docs } = await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: readers[2] } } })
    const oldLink = new URL(unsubscribeUrl(docs[0]!.id, readers[2]!))
    expect((await rest.api('POST', `${oldLink.pathname}${oldLink.search}`)).status).toBe(200)
    expect((await payload.findByID({ collection: 'newsletter-subscribers', id: docs[0]!.id })).status).toBe('unsubscribed')
    // A link naming a campaign the reader never got counts for nothing.
    const other = await sendCampaign(`Other ${RUN}`, `nobody-${RUN}`)
    const ada2 = await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: readers[0] } } })
    const stray = new URL(unsubscribeUrl(ada2.docs[0]!.id, readers[0]!, other.id))
    expect((await rest.api('POST', `${stray.pathname}${stray.search}`)).status).toBe(200)

    const asEditor = await login(editor)
    const res = await rest.api('GET', `/api/campaigns/${campaign.id}/report`, { headers: asEditor })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      status: 'sent',
      report: {
        sent: 4,
        delivered: 3,
        bounced: 1,
        complained: 1,
        uniqueOpens: 2,
        uniqueClicks: 3,
        unsubscribes: 1,
        // Most readers first, then by link.
        topLinks: [
          { link: chapter, clicks: 2 },
          { link: events, clicks: 1 },
          { link: shop, clicks: 1 },
        ],
      },
    })
    const otherReport = await rest.api('GET', `/api/campaigns/${other.id}/report`, { headers: asEditor })
    expect(otherReport.body!.report).toMatchObject({ sent: 0, unsubscribes: 0, topLinks: [] })
  })
})
