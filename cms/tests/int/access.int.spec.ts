import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { health } from '@/endpoints/health'
import { seed } from '@/seed/seed'
import { getTestPayload, type LocalUser, userByEmail } from './helpers'

const anonymously = { overrideAccess: false } as const

let payload: Payload
let author: LocalUser

beforeAll(async () => {
  payload = await getTestPayload()
  author = await userByEmail(payload, 'author@example.com')
})

afterAll(() => payload.destroy())

describe('users', () => {
  it('cannot be created anonymously', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'intruder@example.com', password: 'intruder-password', roles: ['admin'] },
        ...anonymously,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('cannot be created or listed by an author, who cannot promote themselves either', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'friend@example.com', password: 'friend-password', roles: ['author'] },
        user: author,
        ...anonymously,
      }),
    ).rejects.toMatchObject({ status: 403 })

    const visible = await payload.find({ collection: 'users', user: author, ...anonymously })
    expect(visible.docs.map((user) => user.email)).toEqual(['author@example.com'])

    const updated = await payload.update({
      collection: 'users',
      id: author.id,
      data: { roles: ['admin'] },
      user: author,
      ...anonymously,
    })
    expect(updated.roles).toEqual(['author'])
  })

  it('are never readable anonymously', async () => {
    const { totalDocs } = await payload
      .find({ collection: 'users', ...anonymously })
      .catch(() => ({ totalDocs: 0 }))
    expect(totalDocs).toBe(0)
  })
})

describe('public content', () => {
  it('serves the published upcoming event', async () => {
    const { docs } = await payload.find({ collection: 'events', ...anonymously })
    expect(docs.map((event) => event.slug)).toEqual(['lagos-book-reading'])
    const [event] = docs
    expect(new Date(event!.startsAt).getTime()).toBeGreaterThan(Date.now() + 25 * 86_400_000)
    expect(event).toMatchObject({ capacity: 40, registrationOpen: true, timeZone: 'Africa/Lagos' })
  })

  it('serves the home page blocks with Medusa product handles', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'home' } },
      ...anonymously,
    })
    const layout = docs[0]?.layout ?? []
    expect(layout.map((block) => block.blockType)).toEqual([
      'hero',
      'featuredBooks',
      'latestPosts',
      'callToAction',
      'newsletterSignup',
    ])
    const featured = layout.find((block) => block.blockType === 'featuredBooks')
    expect(featured?.productHandles.map((row) => row.handle)).toHaveLength(8)
    expect(featured?.productHandles.slice(0, 2).map((row) => row.handle)).toEqual([
      'the-quiet-draft',
      'learning-in-public',
    ])
  })

  it('serves navigation to anyone', async () => {
    const header = await payload.findGlobal({ slug: 'header', ...anonymously })
    expect(header.navItems?.map((item) => [item.label, item.url])).toEqual([
      ['Shop', '/store'],
      ['Blog', '/blog'],
      ['Courses', '/courses'],
      ['Community', '/community'],
      ['Events', '/events'],
      ['About', '/about'],
    ])
    const settings = await payload.findGlobal({ slug: 'site-settings', ...anonymously })
    expect(settings.siteName).toBe('Adaeze Okafor')
  })

  it('cannot be edited anonymously', async () => {
    await expect(
      payload.updateGlobal({ slug: 'header', data: { navItems: [] }, ...anonymously }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('seed', () => {
  it('creates nothing on a second run', async () => {
    const before = await payload.count({ collection: 'posts' })
    const summary = await seed(payload)
    expect(Object.values(summary).every((created) => created === 0)).toBe(true)
    expect(await payload.count({ collection: 'posts' })).toEqual(before)
  })
})

describe('health endpoint', () => {
  it('answers ok when the database does', async () => {
    const response = await health.handler(await createLocalReq({}, payload))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })
})
