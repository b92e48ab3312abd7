import { createServer, type Server } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { ensureUser, getTestPayload, type LocalUser, STOREFRONT_USER_EMAIL, userByEmail } from './helpers'
import { api } from './restApi'

type Received = { app: 'storefront' | 'commerce'; path: string | undefined; tags: string[]; secret: unknown }

const SECRET = process.env.REVALIDATE_SECRET ?? 'dev-only-revalidate-secret'
const asUser = (user: LocalUser) => ({ user, overrideAccess: false }) as const

let payload: Payload
let received: Received[] = []
let commerceStatus = 200
const servers: Server[] = []

/** A fake storefront or commerce that records what the hook POSTs. */
async function listen(app: Received['app'], url: string) {
  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      received.push({ app, path: req.url, tags: JSON.parse(raw).tags, secret: req.headers['x-revalidate-secret'] })
      res.writeHead(app === 'commerce' ? commerceStatus : 200).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(Number(new URL(url).port), '127.0.0.1', resolve))
  servers.push(server)
}

/** The hook posts after the save without awaiting: wait until both apps were told (at most 10 s). */
async function bothTold() {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline && new Set(received.map((r) => r.app)).size < 2) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return [...received].sort((a, b) => a.app.localeCompare(b.app))
}

beforeAll(async () => {
  await listen('storefront', inject('storefrontUrl'))
  await listen('commerce', inject('commerceUrl'))
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload.destroy()
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
})

beforeEach(() => {
  received = []
  commerceStatus = 200
})

describe('site settings', () => {
  it('are read by anyone through the REST API, seeded with the brand the code used to hard-code', async () => {
    const { status, body } = await api('GET', '/api/globals/site-settings?depth=1')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      siteName: 'Adaeze Okafor',
      authorName: 'Adaeze Okafor',
      tagline: 'Books for writers, teachers and lifelong learners.',
      certificateSignatureLine: 'Author and course leader',
    })
  })

  it('cannot be changed anonymously, by an author or by the storefront and commerce service keys', async () => {
    const author = await userByEmail(payload, 'author@example.com')
    const storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL)
    const commerce = await userByEmail(payload, 'commerce@service.local')
    for (const who of [{ overrideAccess: false } as const, asUser(author), asUser(storefront), asUser(commerce)]) {
      await expect(
        payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Defaced' }, ...who }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const anonymousPatch = await api('POST', '/api/globals/site-settings', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tagline: 'Defaced' }),
    })
    expect(anonymousPatch.status).toBe(403)
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.tagline).toBe('Books for writers, teachers and lifelong learners.')
    expect(received).toEqual([])
  })

  it('are changed by an editor, and the storefront and commerce are both told with the shared secret', async () => {
    const editor = await ensureUser(payload, { email: 'brand-editor@example.com', roles: ['editor'] })
    const saved = await payload.updateGlobal({
      slug: 'site-settings',
      data: { tagline: 'Stories that teach', socialLinks: [{ label: 'Instagram', url: 'https://instagram.com/adaeze' }] },
      ...asUser(editor),
    })
    expect(saved.tagline).toBe('Stories that teach')

    expect(await bothTold()).toEqual([
      { app: 'commerce', path: '/hooks/cms/revalidate', tags: ['settings'], secret: SECRET },
      { app: 'storefront', path: '/api/revalidate', tags: ['settings'], secret: SECRET },
    ])
  })

  it('save for an admin even when commerce refuses the call', async () => {
    commerceStatus = 503
    const admin = await userByEmail(payload, 'editor@example.com')
    const saved = await payload.updateGlobal({
      slug: 'site-settings',
      data: { tagline: 'Books for writers, teachers and lifelong learners.' },
      ...asUser(admin),
    })
    expect(saved.tagline).toBe('Books for writers, teachers and lifelong learners.')
    expect((await bothTold()).map((r) => r.app)).toEqual(['commerce', 'storefront'])
  })

  it('refuse a social link that is not a URL and a contact email that is not an address', async () => {
    const admin = await userByEmail(payload, 'editor@example.com')
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { socialLinks: [{ label: 'Bad', url: 'javascript:alert(1)' }] },
        ...asUser(admin),
      }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { contactEmail: 'not an email' }, ...asUser(admin) }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
