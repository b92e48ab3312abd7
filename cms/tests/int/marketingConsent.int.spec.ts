import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeResend } from '../fakes/resend'

const API_KEY = 're_test_consent'
const CMS_PUBLIC_URL = 'https://cms.example.com'
// The seeded service accounts' development keys (cms/src/seed/data/serviceUsers.ts).
const COMMERCE_KEY = process.env.COMMERCE_API_KEY || 'dev-only-commerce-api-key'
const STOREFRONT_KEY = process.env.STOREFRONT_API_KEY || 'dev-only-storefront-api-key'

let resend: Awaited<ReturnType<typeof startFakeResend>>
let payload: Payload
let rest: typeof import('./restApi')

beforeAll(async () => {
  resend = await startFakeResend(API_KEY)
  // The config reads the environment once, on import: set it first.
  Object.assign(process.env, { RESEND_API_KEY: API_KEY, RESEND_BASE_URL: resend.url, CMS_PUBLIC_URL })
  rest = await import('./restApi')
  payload = await (await import('./helpers')).getTestPayload()
})

afterAll(async () => {
  await payload?.destroy()
  await resend?.close()
})

/** `key` is a service account's API key, or `JWT <token>` of a signed-in user. */
const call = (path: 'opt-out' | 'opt-in' | 'opted-out', body: unknown, key: string | null = COMMERCE_KEY) =>
  rest.api(
    'POST',
    `/api/marketing-consent/${path}`,
    rest.json(body, key ? { authorization: key.startsWith('JWT ') ? key : `users API-Key ${key}` } : {}),
  )
const signIn = async (role: 'editor' | 'author') => {
  const email = `consent-${role}@example.com`
  const { ensureUser } = await import('./helpers')
  await ensureUser(payload, { email, roles: [role] })
  const { body } = await rest.api('POST', '/api/users/login', rest.json({ email, password: 'test-password' }))
  return `JWT ${body?.token}`
}
const optedOut = async (...emails: string[]) => (await call('opted-out', { emails })).body?.opted_out
const suppressions = async (email: string) =>
  (await payload.find({ collection: 'email-suppressions', where: { email: { equals: email } } })).docs
const subscriber = async (email: string) =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } } })).docs[0]
const subscribe = (email: string) =>
  rest.api('POST', '/api/newsletter-subscribers/subscribe', rest.json({ email }, { authorization: `users API-Key ${STOREFRONT_KEY}` }))
const lastLink = (action: 'confirm' | 'unsubscribe') => {
  const html = resend.sent.at(-1)?.html ?? ''
  const link = new RegExp(`href="(${CMS_PUBLIC_URL}/api/newsletter-subscribers/${action}\\?token=[\\w-]{32})"`).exec(html)?.[1]
  if (!link) throw new Error(`no ${action} link in the last email`)
  return link.replace(CMS_PUBLIC_URL, '')
}

describe('marketing consent (POST /api/marketing-consent/*)', () => {
  it('admits only the commerce service account and staff who manage the audience (editors, admins)', async () => {
    const editor = await signIn('editor')
    const author = await signIn('author')
    for (const path of ['opt-out', 'opt-in', 'opted-out'] as const) {
      const body = path === 'opted-out' ? { emails: ['a@example.com'] } : { email: 'a@example.com' }
      expect((await call(path, body, null)).status).toBe(401)
      expect((await call(path, body, STOREFRONT_KEY)).status).toBe(403)
      expect((await call(path, body, author)).status).toBe(403)
      expect((await call(path, body, editor)).status).toBe(200)
      expect((await call(path, body)).status).toBe(200)
    }
  })

  it('refuses bad input saying what is wrong', async () => {
    expect(await call('opt-out', { email: 'not-an-address' })).toMatchObject({ status: 400, body: { errors: [{ message: expect.stringMatching(/^email: /) }] } })
    expect((await call('opt-out', {})).status).toBe(400)
    expect((await call('opt-in', { email: 'a@example.com', extra: 1 })).status).toBe(400)
    expect((await call('opted-out', { emails: [] })).status).toBe(400)
    expect((await call('opted-out', { emails: Array.from({ length: 501 }, (_, n) => `r${n}@example.com`) })).status).toBe(400)
    expect((await rest.api('POST', '/api/marketing-consent/opt-out', { headers: { authorization: `users API-Key ${COMMERCE_KEY}`, 'content-type': 'application/json' }, body: '{' })).status).toBe(400)
  })

  it("opts a confirmed subscriber out (idempotently) and the suppression holds through a re-import and a re-subscribe until the reader confirms", async () => {
    const email = `shop-optout-${Date.now()}@example.com`
    const reader = await payload.create({ collection: 'newsletter-subscribers', data: { email, status: 'confirmed' } })
    expect(await optedOut(email)).toEqual([])

    expect(await call('opt-out', { email: email.toUpperCase() })).toMatchObject({ status: 200, body: { email, opted_out: true } })
    expect((await call('opt-out', { email })).status).toBe(200)
    expect((await subscriber(email))?.status).toBe('unsubscribed')
    expect((await suppressions(email)).map((s) => s.reason)).toEqual(['unsubscribed'])
    expect(await optedOut(email.toUpperCase(), 'someone-else@example.com')).toEqual([email])

    // An import puts the reader back as confirmed: the subscriber row is new, the suppression is kept by address.
    await payload.delete({ collection: 'newsletter-subscribers', id: reader.id })
    await payload.create({ collection: 'newsletter-subscribers', data: { email, status: 'confirmed' } })
    expect(await optedOut(email)).toEqual([email])
    await payload.delete({ collection: 'newsletter-subscribers', where: { email: { equals: email } } })

    // Signing up again is not enough; confirming that sign-up (the reader's own act) lifts it.
    expect((await subscribe(email)).status).toBe(200)
    expect(await optedOut(email)).toEqual([email])
    expect((await rest.api('GET', lastLink('confirm'))).status).toBe(200)
    expect((await subscriber(email))?.status).toBe('confirmed')
    expect(await optedOut(email)).toEqual([])
  })

  it('records a newsletter unsubscribe as an opt-out commerce reads, and an opt-in from the shop lifts it without resubscribing', async () => {
    const email = `newsletter-quit-${Date.now()}@example.com`
    await subscribe(email)
    await rest.api('GET', lastLink('confirm'))
    expect((await rest.api('GET', lastLink('unsubscribe'))).status).toBe(200)
    expect(await optedOut(email)).toEqual([email])

    expect(await call('opt-in', { email })).toMatchObject({ status: 200, body: { email, opted_out: false } })
    expect(await optedOut(email)).toEqual([])
    expect((await subscriber(email))?.status).toBe('unsubscribed')
  })

  it('never lifts a bounce or a complaint on an opt-in', async () => {
    const email = `bounced-${Date.now()}@example.com`
    await payload.create({ collection: 'email-suppressions', data: { email, reason: 'bounced' } })
    expect((await call('opt-out', { email })).status).toBe(200)
    expect((await suppressions(email)).map((s) => s.reason)).toEqual(['bounced'])
    expect((await call('opt-in', { email })).status).toBe(200)
    expect(await optedOut(email)).toEqual([email])
  })
})
