import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '@/payload-types'
import type * as Helpers from './helpers'
import type { LocalUser } from './helpers'
import type * as Rest from './restApi'

// The local inbox of tools/inbox: Resend's batch API, idempotency keys, its 2 requests/s limit and its signed webhooks.
type Message = { id: string; to: string[]; subject: string; html: string; headers: Record<string, string>; tags: { name: string; value: string }[] }
type Inbox = {
  url: string
  apiKey: string
  webhookSecret: string
  store: { list: (q: { subject?: string; limit?: number }) => Message[]; countFor: (address: string) => number }
  close: () => Promise<void>
}
const TOOLS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tools/inbox')
const { startInbox } = (await import(path.join(TOOLS, 'index.mjs'))) as { startInbox: (o: object) => Promise<Inbox> }
const { eventPayload, signSvix } = (await import(path.join(TOOLS, 'webhooks.mjs'))) as {
  eventPayload: (type: string, message: Message & { createdAt: string }, o?: object) => object
  signSvix: (secret: string, id: string, timestamp: number, body: string) => string
}

const RUN = Date.now().toString(36)
let inbox: Inbox
let payload: Payload
let rest: typeof Rest
let paragraphs: typeof Helpers.paragraphs
let editor: LocalUser
let author: LocalUser

beforeAll(async () => {
  inbox = await startInbox({ port: 0, file: null, log: () => {} })
  // The config reads the environment once, on import: set it first.
  process.env.RESEND_API_KEY = inbox.apiKey
  process.env.RESEND_BASE_URL = inbox.url
  process.env.RESEND_WEBHOOK_SECRET = inbox.webhookSecret
  process.env.RESEND_FROM = 'Adaeze Okafor <letters@books.test>'
  const helpers = await import('./helpers')
  rest = await import('./restApi')
  paragraphs = helpers.paragraphs
  payload = await helpers.getTestPayload()
  editor = await helpers.ensureUser(payload, { email: `campaign-editor-${RUN}@example.com`, roles: ['editor'] })
  author = await helpers.ensureUser(payload, { email: `campaign-author-${RUN}@example.com`, roles: ['author'] })
})

afterAll(async () => {
  await payload?.destroy()
  await inbox?.close()
})

const inboxControl = (route: string, body: unknown) =>
  fetch(`${inbox.url}/__inbox/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

/** Subscribers straight into the table, as an import would leave them (fast for hundreds). */
async function addSubscribers(rows: { email: string; status: string; tags?: string[]; source?: string }[]) {
  for (const row of rows) {
    const { rows: inserted } = await payload.db.pool.query(
      `INSERT INTO newsletter_subscribers (email, status, source, token, confirmed_at, updated_at, created_at)
       VALUES ($1, $2, $3, md5(random()::text), now(), now(), now()) RETURNING id`,
      [row.email, row.status, row.source ?? null],
    )
    for (const [order, tag] of (row.tags ?? []).entries()) {
      await payload.db.pool.query(`INSERT INTO newsletter_subscribers_texts ("order", parent_id, path, text) VALUES ($1, $2, 'tags', $3)`, [
        order + 1,
        inserted[0].id,
        tag,
      ])
    }
  }
}

async function scheduleCampaign(data: Partial<Campaign>) {
  return (await payload.create({
    collection: 'campaigns',
    data: { subject: `Letter ${RUN}`, body: paragraphs('Dear reader, a new chapter.'), status: 'scheduled', ...data } as Campaign,
    user: editor,
    overrideAccess: false,
  })) as Campaign
}

const campaignRow = async (id: number) => (await payload.findByID({ collection: 'campaigns', id })) as Campaign
const received = (subject: string) => inbox.store.list({ subject, limit: 5000 }).filter((m) => m.subject === subject)
const recipientsOf = (subject: string) => received(subject).flatMap((m) => m.to).sort()

async function login(user: LocalUser) {
  const res = await rest.api('POST', '/api/users/login', rest.json({ email: user.email, password: 'test-password' }))
  return { authorization: `JWT ${res.body?.token}` }
}

describe('campaigns', () => {
  it('reach exactly the confirmed, unsuppressed subscribers of their audience, each with one-click unsubscribe', async () => {
    const tag = `readers-${RUN}`
    const address = (name: string) => `${name}-${RUN}@example.com`
    await addSubscribers([
      ...['ada', 'bola', 'chi'].map((name) => ({ email: address(name), status: 'confirmed', tags: ['vip', tag] })),
      { email: address('pending'), status: 'pending', tags: [tag] },
      { email: address('left'), status: 'unsubscribed', tags: [tag] },
      { email: address('bounced'), status: 'confirmed', tags: [tag] },
      { email: address('untagged'), status: 'confirmed', tags: ['other'] },
      { email: address('event'), status: 'confirmed', source: `event-${RUN}` },
    ])
    await payload.create({ collection: 'email-suppressions', data: { email: address('bounced').toUpperCase(), reason: 'bounced' } })

    const byTag = await scheduleCampaign({ subject: `By tag ${RUN}`, audience: 'tag', audienceTag: tag, preheader: 'Inside: chapter one' })
    const bySource = await scheduleCampaign({ subject: `By source ${RUN}`, audience: 'source', audienceSource: `event-${RUN}` })
    expect(byTag.status).toBe('scheduled')
    await payload.jobs.run()

    expect(recipientsOf(`By tag ${RUN}`)).toEqual(['ada', 'bola', 'chi'].map(address))
    expect(recipientsOf(`By source ${RUN}`)).toEqual([address('event')])
    const [message] = received(`By tag ${RUN}`)
    expect(message!.headers['List-Unsubscribe']).toMatch(new RegExp(`^<http://.+/api/unsubscribe\\?s=\\d+&t=[\\w-]{43}&c=${byTag.id}>$`))
    expect(message!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(message!.html).toContain('Dear reader, a new chapter.')
    expect(message!.html).toContain('Inside: chapter one')
    expect(message!.html).toContain(message!.headers['List-Unsubscribe']!.slice(1, -1).replace(/&/g, '&#38;'))

    const sent = await campaignRow(byTag.id)
    expect(sent).toMatchObject({ status: 'sent', progress: '3 of 3 sent, 0 failed, 0 skipped, 0 remaining' })
    expect((await campaignRow(bySource.id)).status).toBe('sent')
    // Sent is final: nobody edits what readers got.
    await expect(payload.update({ collection: 'campaigns', id: byTag.id, data: { subject: 'Changed' }, user: editor, overrideAccess: false })).rejects.toThrow(/sent/)
  })

  it('resumes a send that failed half-way without sending anyone twice', async () => {
    const tag = `many-${RUN}`
    const addresses = Array.from({ length: 250 }, (_, i) => `many-${String(i).padStart(3, '0')}-${RUN}@example.com`)
    await addSubscribers(addresses.map((email) => ({ email, status: 'confirmed', tags: [tag] })))
    // The first batch goes through; then Resend fails on its side for a while.
    await inboxControl('faults', [{ times: 1 }, { status: 500, name: 'internal_server_error', message: 'down', times: 10 }])
    const campaign = await scheduleCampaign({ subject: `Many ${RUN}`, audience: 'tag', audienceTag: tag })
    await payload.jobs.run()

    const halfway = await campaignRow(campaign.id)
    expect(halfway).toMatchObject({ status: 'sending', progress: '100 of 250 sent, 0 failed, 0 skipped, 150 remaining' })
    expect(halfway.lastError).toMatch(/500/)
    expect(received(`Many ${RUN}`)).toHaveLength(100)

    // Resend is back; the every-minute sweep finds the stopped campaign and queues its send again.
    await inboxControl('faults', [])
    await payload.jobs.queue({ task: 'resumeCampaigns', input: {} })
    await payload.jobs.run()
    await payload.jobs.run()

    expect((await campaignRow(campaign.id))).toMatchObject({ status: 'sent', progress: '250 of 250 sent, 0 failed, 0 skipped, 0 remaining' })
    expect(recipientsOf(`Many ${RUN}`)).toEqual(addresses)
    expect(addresses.filter((a) => inbox.store.countFor(a) !== 1)).toEqual([])
  }, 90_000)

  it('waits out Resend\'s 429s and sends every batch once', async () => {
    const tag = `limited-${RUN}`
    const addresses = Array.from({ length: 201 }, (_, i) => `limited-${String(i).padStart(3, '0')}-${RUN}@example.com`)
    await addSubscribers(addresses.map((email) => ({ email, status: 'confirmed', tags: [tag] })))
    // A limit below the sender's own pace (about 1.5 a second): requests meet 429s and their Retry-After.
    await inboxControl('settings', { rateLimit: 1 })
    try {
      const before = (await (await fetch(`${inbox.url}/__inbox/stats`)).json()).rateLimited
      const campaign = await scheduleCampaign({ subject: `Limited ${RUN}`, audience: 'tag', audienceTag: tag })
      await payload.jobs.run()
      expect((await campaignRow(campaign.id)).status).toBe('sent')
      expect((await (await fetch(`${inbox.url}/__inbox/stats`)).json()).rateLimited).toBeGreaterThan(before)
      expect(addresses.filter((a) => inbox.store.countFor(a) !== 1)).toEqual([])
    } finally {
      await inboxControl('settings', { rateLimit: 2 })
    }
  }, 60_000)

  it('unsubscribes with the one-click POST, and the next campaign leaves the reader out', async () => {
    const tag = `leavers-${RUN}`
    const [stays, leaves] = [`stays-${RUN}@example.com`, `leaves-${RUN}@example.com`]
    await addSubscribers([stays, leaves].map((email) => ({ email, status: 'confirmed', tags: [tag] })))
    await scheduleCampaign({ subject: `First ${RUN}`, audience: 'tag', audienceTag: tag })
    await payload.jobs.run()
    const message = received(`First ${RUN}`).find((m) => m.to[0] === leaves)!
    const link = new URL(message.headers['List-Unsubscribe']!.slice(1, -1))

    const confirmPage = await rest.api('GET', `${link.pathname}${link.search}`)
    expect(confirmPage.status).toBe(200)
    expect(confirmPage.text).toContain('<form method="post"')
    // A GET (a mail scanner following the link) changes nothing.
    const still = await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: leaves } } })
    expect(still.docs[0]!.status).toBe('confirmed')

    const oneClick = await rest.api('POST', `${link.pathname}${link.search}`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)
    expect(oneClick.text).toContain('You are unsubscribed')
    const left = await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: leaves } } })
    expect(left.docs[0]!.status).toBe('unsubscribed')

    // Neither an editor (or an import) nor the old confirmation link undoes it.
    await expect(
      payload.update({ collection: 'newsletter-subscribers', id: left.docs[0]!.id, data: { status: 'confirmed' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/unsubscribed/)
    const { rows: tokens } = await payload.db.pool.query('SELECT token FROM newsletter_subscribers WHERE email = $1', [leaves])
    await rest.api('GET', `/api/newsletter-subscribers/confirm?token=${tokens[0].token}`)
    expect((await payload.findByID({ collection: 'newsletter-subscribers', id: left.docs[0]!.id })).status).toBe('unsubscribed')

    // A tampered token or another reader's id is refused.
    const forged = new URL(link)
    forged.searchParams.set('s', String(Number(link.searchParams.get('s')) + 1))
    expect((await rest.api('POST', `${forged.pathname}${forged.search}`)).status).toBe(404)
    expect((await rest.api('POST', '/api/unsubscribe?s=1&t=short')).status).toBe(400)

    await scheduleCampaign({ subject: `Second ${RUN}`, audience: 'tag', audienceTag: tag })
    await payload.jobs.run()
    expect(recipientsOf(`Second ${RUN}`)).toEqual([stays])
  })

  it('lets authors draft but not send; editors send, and a test goes to their own address', async () => {
    const asAuthor = await login(author)
    const draft = await rest.api(
      'POST',
      '/api/campaigns',
      rest.json({ subject: `Author draft ${RUN}`, body: paragraphs('Draft.'), status: 'draft' }, asAuthor),
    )
    expect(draft.status).toBe(201)
    const id = draft.body!.doc.id
    expect(draft.body!.doc.createdBy).toBeTruthy()

    const send = await rest.api('PATCH', `/api/campaigns/${id}`, rest.json({ status: 'scheduled' }, asAuthor))
    expect(send.status).toBe(403)
    const scheduledAtOnce = await rest.api(
      'POST',
      '/api/campaigns',
      rest.json({ subject: `Author send ${RUN}`, body: paragraphs('No.'), status: 'scheduled' }, asAuthor),
    )
    expect(scheduledAtOnce.status).toBe(403)
    expect((await campaignRow(id)).status).toBe('draft')
    const edit = await rest.api('PATCH', `/api/campaigns/${id}`, rest.json({ subject: `Author draft, edited ${RUN}` }, asAuthor))
    expect(edit.status).toBe(200)

    const asEditor = await login(editor)
    const test = await rest.api('POST', `/api/campaigns/${id}/send-test`, { headers: asEditor })
    expect(test.status).toBe(200)
    expect(received(`[Test] Author draft, edited ${RUN}`).map((m) => m.to)).toEqual([[editor.email]])
    expect((await rest.api('POST', `/api/campaigns/${id}/send-test`)).status).toBe(403)

    const sent = await rest.api('PATCH', `/api/campaigns/${id}`, rest.json({ status: 'scheduled' }, asEditor))
    expect(sent.status).toBe(200)
    expect(sent.body!.doc.status).toBe('scheduled')
    // Taken back before its job ran: the job finds a draft and sends nothing.
    const cancelled = await rest.api('PATCH', `/api/campaigns/${id}`, rest.json({ status: 'draft' }, asEditor))
    expect(cancelled.body!.doc.status).toBe('draft')
    await payload.jobs.run()
    expect(received(`Author draft, edited ${RUN}`)).toHaveLength(0)
  })

  it('records signed delivery webhooks, suppresses hard bounces, and refuses forged ones', async () => {
    const tag = `tracked-${RUN}`
    const bounces = `bounces-${RUN}@example.com`
    await addSubscribers([{ email: bounces, status: 'confirmed', tags: [tag] }])
    await scheduleCampaign({ subject: `Tracked ${RUN}`, audience: 'tag', audienceTag: tag })
    await payload.jobs.run()
    const [message] = received(`Tracked ${RUN}`)
    const body = JSON.stringify(eventPayload('email.bounced', { ...message!, createdAt: new Date().toISOString() }, { bounceType: 'hard' }))
    const now = Math.floor(Date.now() / 1000)
    const signed = (secret: string, timestamp = now, id = `msg_${RUN}`) => ({
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': signSvix(secret, id, timestamp, body),
    })
    const post = (headers: Record<string, string>, raw = body) => rest.api('POST', '/api/resend-webhook', { headers, body: raw })

    expect((await post({ 'content-type': 'application/json' })).status).toBe(401)
    expect((await post(signed('whsec_Zm9yZ2VkLXNlY3JldC1mb3JnZWQtc2VjcmV0'))).status).toBe(401)
    expect((await post(signed(inbox.webhookSecret, now - 3600))).status).toBe(401)
    expect((await post(signed(inbox.webhookSecret), body.replace('Permanent', 'Transient'))).status).toBe(401)
    expect(await payload.find({ collection: 'email-suppressions', where: { email: { equals: bounces } } })).toMatchObject({ totalDocs: 0 })

    expect((await post(signed(inbox.webhookSecret))).status).toBe(200)
    const { docs } = await payload.find({ collection: 'campaign-recipients', where: { email: { equals: bounces } } })
    expect(docs[0]).toMatchObject({ lastEvent: 'bounced', bouncedAt: expect.any(String) })
    expect(await payload.find({ collection: 'email-suppressions', where: { email: { equals: bounces } } })).toMatchObject({
      totalDocs: 1,
      docs: [{ reason: 'bounced' }],
    })

    await scheduleCampaign({ subject: `After bounce ${RUN}`, audience: 'tag', audienceTag: tag })
    await payload.jobs.run()
    expect(received(`After bounce ${RUN}`)).toHaveLength(0)
  })
})
