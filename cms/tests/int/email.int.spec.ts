import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startFakeResend } from '../fakes/resend'

const API_KEY = 're_test_0123456789'
let resend: Awaited<ReturnType<typeof startFakeResend>>
let payload: Payload

beforeAll(async () => {
  resend = await startFakeResend(API_KEY)
  // The config reads the environment once, on import: set it first.
  process.env.RESEND_API_KEY = API_KEY
  process.env.RESEND_BASE_URL = resend.url
  process.env.RESEND_FROM = 'Adaeze Okafor <hello@books.test>'
  const { getTestPayload } = await import('./helpers')
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload?.destroy()
  await resend?.close()
})

beforeEach(() => {
  resend.sent.length = 0
})

describe('email through Resend', () => {
  it('sends the newsletter double opt-in: HTML and text with the confirm and unsubscribe links', async () => {
    const email = `reader-${Date.now()}@example.com`
    await payload.create({ collection: 'newsletter-subscribers', data: { email, status: 'pending' } })

    expect(resend.sent).toHaveLength(1)
    const [message] = resend.sent
    expect(message).toMatchObject({
      authorization: `Bearer ${API_KEY}`,
      from: 'Adaeze Okafor <hello@books.test>',
      to: [email],
      subject: 'Please confirm your subscription',
    })
    const confirm = /href="([^"]+\/confirm\?token=[\w-]{32})"/.exec(message.html ?? '')?.[1]
    expect(confirm).toBeDefined()
    expect(message.html).toMatch(/href="[^"]+\/unsubscribe\?token=[\w-]{32}"/)
    expect(message.text).toContain(confirm)

    const { docs } = await payload.find({
      collection: 'newsletter-subscribers',
      where: { email: { equals: email } },
    })
    expect(docs[0].status).toBe('pending')
  })

  it('sends an editor the password-reset link of the admin', async () => {
    const editor = `editor-reset-${Date.now()}@example.com`
    await payload.create({
      collection: 'users',
      data: { email: editor, password: 'test-password', roles: ['editor'] },
    })
    const token = await payload.forgotPassword({ collection: 'users', data: { email: editor } })

    expect(resend.sent).toHaveLength(1)
    const [message] = resend.sent
    expect(message).toMatchObject({
      authorization: `Bearer ${API_KEY}`,
      to: [editor],
      subject: 'Reset Your Password',
    })
    expect(message.html).toContain(`/admin/reset/${token}`)
  })

  it("waits out Resend's rate limit (429) and sends the confirmation once", async () => {
    resend.rejectNextWith({ statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests. You can only make 2 requests per second.' })
    const email = `burst-${Date.now()}@example.com`
    await payload.create({ collection: 'newsletter-subscribers', data: { email, status: 'pending' } })
    expect(resend.sent.map((m) => m.to)).toEqual([[email]])
  })

  it('keeps a sign-up pending when Resend refuses the email', async () => {
    resend.rejectNextWith({ statusCode: 422, name: 'validation_error', message: 'Invalid `to` field' })
    const email = `refused-${Date.now()}@example.com`
    const created = await payload.create({ collection: 'newsletter-subscribers', data: { email, status: 'pending' } })
    expect(created.status).toBe('pending')
    expect(resend.sent).toHaveLength(0)
  })

  it('surfaces Resend errors to the caller of sendEmail', async () => {
    resend.rejectNextWith({ statusCode: 422, name: 'validation_error', message: 'Invalid `to` field' })
    await expect(
      payload.sendEmail({ to: 'someone@example.com', subject: 'Hi', text: 'Hello' }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Invalid `to` field') })
  })
})
