import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { startFakeResend } from '../fakes/resend'

const API_KEY = 're_test_newsletter'
const CMS_PUBLIC_URL = 'https://cms.example.com'
const STOREFRONT_PUBLIC_URL = 'https://shop.example.com'
const STOREFRONT_API_KEY = 'dev-only-storefront-api-key'

let resend: Awaited<ReturnType<typeof startFakeResend>>
let payload: Payload
let rest: typeof import('./restApi')
let generateURL: typeof import('@/plugins')['generateURL']

beforeAll(async () => {
  resend = await startFakeResend(API_KEY)
  // The config reads the environment once, on import: set it first. STOREFRONT_URL stays
  // the internal address the test setup gives it, as compose gives http://storefront:8000.
  Object.assign(process.env, {
    RESEND_API_KEY: API_KEY,
    RESEND_BASE_URL: resend.url,
    CMS_PUBLIC_URL,
    STOREFRONT_PUBLIC_URL,
  })
  rest = await import('./restApi')
  ;({ generateURL } = await import('@/plugins'))
  payload = await (await import('./helpers')).getTestPayload()
})

afterAll(async () => {
  await payload?.destroy()
  await resend?.close()
})

beforeEach(() => {
  resend.sent.length = 0
})

/** The storefront's sign-up call, with its API key, as the newsletter form makes it. */
const subscribe = (email: unknown, key = STOREFRONT_API_KEY) =>
  rest.api('POST', '/api/newsletter-subscribers/subscribe', rest.json({ email }, key ? { authorization: `users API-Key ${key}` } : {}))

const subscriber = async (email: string) => {
  const { docs } = await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } }, showHiddenFields: true })
  return docs[0]!
}

/** The confirm link of the last email, with the address a reader's browser would open. */
const lastLink = (action: 'confirm' | 'unsubscribe') => {
  const html = resend.sent.at(-1)?.html ?? ''
  return new RegExp(`href="(${CMS_PUBLIC_URL}/api/newsletter-subscribers/${action}\\?token=[\\w-]{32})"`).exec(html)?.[1]
}
const follow = (link: string) => rest.api('GET', link.replace(CMS_PUBLIC_URL, ''))

describe('newsletter sign-up through the storefront', () => {
  it('emails a new reader links on the public addresses only, never the internal STOREFRONT_URL', async () => {
    const email = `new-${Date.now()}@example.com`
    expect(await subscribe(email)).toMatchObject({ status: 200, body: { outcome: 'confirmation-sent' } })

    expect(resend.sent).toHaveLength(1)
    const [message] = resend.sent
    expect(message.to).toEqual([email])
    expect(lastLink('confirm')).toBeDefined()
    expect(lastLink('unsubscribe')).toBeDefined()
    expect(message.html).toContain(`href="${STOREFRONT_PUBLIC_URL}"`)
    expect(message.text).toContain(STOREFRONT_PUBLIC_URL)
    const internal = inject('storefrontUrl')
    expect(message.html).not.toContain(internal)
    expect(message.text).not.toContain(internal)

    const confirmed = await follow(lastLink('confirm')!)
    expect(confirmed.status).toBe(200)
    expect(confirmed.text).toContain(`<a href="${STOREFRONT_PUBLIC_URL}">Back to the site</a>`)
    expect(confirmed.text).not.toContain(internal)
  })

  it('says an address is already subscribed, and sends nothing', async () => {
    const email = `confirmed-${Date.now()}@example.com`
    await subscribe(email)
    await follow(lastLink('confirm')!)
    resend.sent.length = 0

    expect(await subscribe(email.toUpperCase())).toMatchObject({ status: 200, body: { outcome: 'already-subscribed' } })
    expect(resend.sent).toHaveLength(0)
    expect((await subscriber(email)).status).toBe('confirmed')
  })

  it('sends a pending reader the same confirmation again, at most every ten minutes', async () => {
    const email = `pending-${Date.now()}@example.com`
    await subscribe(email)
    const firstLink = lastLink('confirm')
    resend.sent.length = 0

    expect(await subscribe(email)).toMatchObject({ body: { outcome: 'confirmation-recently-sent' } })
    expect(resend.sent).toHaveLength(0)

    const { id } = await subscriber(email)
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000).toISOString()
    await payload.update({ collection: 'newsletter-subscribers', id, data: { confirmationSentAt: elevenMinutesAgo } })
    expect(await subscribe(email)).toMatchObject({ status: 200, body: { outcome: 'confirmation-resent' } })
    expect(resend.sent).toHaveLength(1)
    expect(lastLink('confirm')).toBe(firstLink)
    expect((await follow(firstLink!)).status).toBe(200)
    expect((await subscriber(email)).status).toBe('confirmed')
  })

  it('lets an unsubscribed reader subscribe again with a fresh confirmation (was a 400 and no email)', async () => {
    const email = `returning-${Date.now()}@example.com`
    await subscribe(email)
    const oldConfirm = lastLink('confirm')!
    await follow(oldConfirm)
    expect((await follow(lastLink('unsubscribe')!)).status).toBe(200)
    expect((await subscriber(email)).status).toBe('unsubscribed')
    resend.sent.length = 0

    expect(await subscribe(email)).toMatchObject({ status: 200, body: { outcome: 'confirmation-sent' } })
    expect(resend.sent).toHaveLength(1)
    const newConfirm = lastLink('confirm')!
    expect(newConfirm).not.toBe(oldConfirm)
    expect(await subscriber(email)).toMatchObject({ status: 'pending', confirmedAt: null })

    expect((await follow(oldConfirm)).status).toBe(404)
    expect((await follow(newConfirm)).status).toBe(200)
    expect((await subscriber(email)).status).toBe('confirmed')
  })

  it('says so when the email could not be sent, and tries again on the next ask', async () => {
    const email = `bounced-${Date.now()}@example.com`
    resend.rejectNextWith({ statusCode: 422, name: 'validation_error', message: 'Invalid `to` field' })
    expect(await subscribe(email)).toMatchObject({ status: 502, body: { outcome: 'email-failed' } })
    expect(resend.sent).toHaveLength(0)

    expect(await subscribe(email)).toMatchObject({ status: 200, body: { outcome: 'confirmation-resent' } })
    expect(resend.sent).toHaveLength(1)
  })

  it('refuses callers without the storefront key or an editor, and addresses that are not addresses', async () => {
    expect((await subscribe(`anon-${Date.now()}@example.com`, '')).status).toBe(403)
    expect(await subscribe('not-an-address')).toMatchObject({ status: 400, body: { errors: [{ data: { field: 'email' } }] } })
    expect(await subscribe({ $ne: null })).toMatchObject({ status: 400 })
    expect(resend.sent).toHaveLength(0)
  })
})

describe('links the cms renders for readers', () => {
  it('SEO previews point at the public storefront', () => {
    const args = (slug: string, collection: 'posts' | 'pages') =>
      ({ doc: { slug }, collectionConfig: { slug: collection } }) as unknown as Parameters<typeof generateURL>[0]
    expect(generateURL(args('my-post', 'posts'))).toBe(`${STOREFRONT_PUBLIC_URL}/blog/my-post`)
    expect(generateURL(args('home', 'pages'))).toBe(`${STOREFRONT_PUBLIC_URL}/`)
  })
})
