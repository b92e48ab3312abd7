import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmSubscription } from '@/collections/NewsletterSubscribers/endpoints/byToken'
import {
  ensureUser,
  getTestPayload,
  type LocalUser,
  paragraphs,
  PREVIEW_USER_EMAIL,
  SEEDED_DRAFT_SLUG,
  STOREFRONT_USER_EMAIL,
  userByEmail,
} from './helpers'

const quiet = { disableRevalidate: true }
const as = (user: LocalUser) => ({ user, overrideAccess: false }) as const

let payload: Payload
let editor: LocalUser
let author: LocalUser
let storefront: LocalUser
let preview: LocalUser

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await ensureUser(payload, { email: 'roles-editor@example.com', roles: ['editor'] })
  author = await userByEmail(payload, 'author@example.com')
  storefront = await userByEmail(payload, STOREFRONT_USER_EMAIL)
  preview = await userByEmail(payload, PREVIEW_USER_EMAIL)
})

afterAll(async () => {
  await payload.delete({
    collection: 'pages',
    where: { slug: { like: 'roles-' } },
    context: quiet,
  })
  await payload.delete({ collection: 'events', where: { slug: { like: 'roles-' } }, context: quiet })
  await payload.delete({ collection: 'newsletter-subscribers', where: { email: { like: 'roles-' } } })
  await payload.destroy()
})

describe('the storefront API key', () => {
  it('reads published posts only, like an anonymous visitor', async () => {
    const { docs } = await payload.find({ collection: 'posts', ...as(storefront) })
    expect(docs.length).toBe(3)
    expect(docs.every((post) => post._status === 'published')).toBe(true)
  })

  it('cannot write content, see users or read the subscriber list', async () => {
    await expect(
      payload.create({
        collection: 'posts',
        data: { title: 'Nope', content: paragraphs('x'), _status: 'draft' },
        draft: true,
        ...as(storefront),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'pages',
        where: { slug: { equals: 'home' } },
        data: { title: 'Hacked' },
        ...as(storefront),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const users = await payload.find({ collection: 'users', ...as(storefront) })
    expect(users.docs.map((user) => user.email)).toEqual([STOREFRONT_USER_EMAIL])
    await expect(
      payload.find({ collection: 'newsletter-subscribers', ...as(storefront) }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('signs a reader up as pending; only the emailed link confirms them', async () => {
    const created = await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: ' Roles-Reader@Example.com ', status: 'confirmed' },
      ...as(storefront),
    })
    expect(created).toMatchObject({ email: 'roles-reader@example.com', status: 'pending' })
    expect(created).not.toHaveProperty('token')

    await expect(
      payload.create({
        collection: 'newsletter-subscribers',
        data: { email: 'roles-reader@example.com', status: 'pending' },
        ...as(storefront),
      }),
    ).rejects.toMatchObject({ status: 400 })

    const { rows } = await payload.db.drizzle.execute<{ token: string }>(
      `select token from newsletter_subscribers where id = ${Number(created.id)}`,
    )
    const token = rows[0]!.token
    const wrong = await confirmSubscription.handler(
      await createLocalReq({ req: { url: `http://cms/api/x?token=${'a'.repeat(32)}` } }, payload),
    )
    expect(wrong.status).toBe(404)
    const right = await confirmSubscription.handler(
      await createLocalReq({ req: { url: `http://cms/api/x?token=${token}` } }, payload),
    )
    expect(right.status).toBe(200)
    const confirmed = await payload.findByID({ collection: 'newsletter-subscribers', id: created.id })
    expect(confirmed.status).toBe('confirmed')

    const unsubscribed = await payload.update({
      collection: 'newsletter-subscribers',
      id: created.id,
      data: { status: 'unsubscribed' },
      ...as(storefront),
    })
    expect(unsubscribed.status).toBe('unsubscribed')
  })
})

describe('the preview key', () => {
  it('reads drafts but writes nothing', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { slug: { equals: SEEDED_DRAFT_SLUG } },
      draft: true,
      ...as(preview),
    })
    expect(docs.map((post) => post.slug)).toEqual([SEEDED_DRAFT_SLUG])
    await expect(
      payload.create({
        collection: 'events',
        data: { title: 'x', slug: 'roles-x', startsAt: new Date().toISOString(), timeZone: 'UTC' },
        ...as(preview),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'event-registrations',
        data: {
          event: 1,
          customerId: 'cus_ROLESTEST0001',
          name: 'x',
          email: 'x@example.com',
          status: 'registered',
        },
        ...as(preview),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('editors and authors', () => {
  it('editors publish pages and events; authors can do neither', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: 'Roles page',
        slug: 'roles-page',
        layout: [{ blockType: 'hero', heading: 'Hi' }],
        _status: 'published',
      },
      context: quiet,
      ...as(editor),
    })
    expect(page._status).toBe('published')
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Roles event',
        slug: 'roles-event',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        timeZone: 'Africa/Lagos',
        _status: 'published',
      },
      context: quiet,
      ...as(editor),
    })
    expect(event._status).toBe('published')

    await expect(
      payload.create({
        collection: 'pages',
        data: { title: 'x', slug: 'roles-author', layout: [{ blockType: 'hero', heading: 'x' }] },
        ...as(author),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('editors cannot manage users; only admins can', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'roles-new@example.com', password: 'long-password', roles: ['author'] },
        ...as(editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'users', id: author.id, ...as(editor) }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('editors can see RSVPs and subscribers; authors cannot', async () => {
    await expect(payload.find({ collection: 'newsletter-subscribers', ...as(editor) })).resolves.toBeTruthy()
    await expect(
      payload.find({ collection: 'newsletter-subscribers', ...as(author) }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
