import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '@/payload-types'
import {
  ensureUser,
  getTestPayload,
  type LocalUser,
  paragraphs,
  SEEDED_DRAFT_SLUG,
  SEEDED_PUBLISHED_TITLES,
  userByEmail,
} from './helpers'

const anonymously = { overrideAccess: false } as const

let payload: Payload
let admin: LocalUser
let editor: LocalUser
let author: LocalUser
let draft: Post
const createdIds: number[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await userByEmail(payload, 'editor@example.com')
  author = await userByEmail(payload, 'author@example.com')
  editor = await ensureUser(payload, { email: 'posts-editor@example.com', roles: ['editor'] })
  const { docs } = await payload.find({
    collection: 'posts',
    where: { slug: { equals: SEEDED_DRAFT_SLUG } },
  })
  draft = docs[0]!
})

afterAll(async () => {
  if (createdIds.length) {
    await payload.delete({
      collection: 'posts',
      where: { id: { in: createdIds } },
      context: { disableRevalidate: true },
    })
  }
  await payload.destroy()
})

describe('reading posts anonymously', () => {
  it('lists exactly the three published posts, newest first', async () => {
    const { docs, totalDocs } = await payload.find({
      collection: 'posts',
      sort: '-publishedAt',
      ...anonymously,
    })
    expect(totalDocs).toBe(3)
    expect(docs.map((post) => post.title)).toEqual(SEEDED_PUBLISHED_TITLES)
    expect(docs.every((post) => post._status === 'published')).toBe(true)
  })

  it("keeps the seeded post's fenced code as a Code block, as the admin editor would", async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { slug: { equals: 'how-i-outline-a-book-in-a-weekend' } },
      ...anonymously,
    })
    const nodes = docs[0]!.content.root.children as { type: string; fields?: Record<string, unknown> }[]
    const code = nodes.find((node) => node.type === 'block')
    expect(code?.fields).toMatchObject({ blockType: 'Code', language: 'markdown' })
    expect(code?.fields?.code).toContain('# Promise: finish a first draft in ninety days')
    expect(nodes.map((node) => node.type)).toEqual(
      expect.arrayContaining(['heading', 'paragraph', 'list', 'quote']),
    )
  })

  it('does not leak the draft through a slug query or the draft flag', async () => {
    const bySlug = await payload.find({
      collection: 'posts',
      where: { slug: { equals: SEEDED_DRAFT_SLUG } },
      ...anonymously,
    })
    const asDraft = await payload.find({ collection: 'posts', draft: true, ...anonymously })
    expect(bySlug.totalDocs).toBe(0)
    expect(asDraft.docs.map((post) => post.slug)).not.toContain(SEEDED_DRAFT_SLUG)
  })

  it('refuses the draft by id', async () => {
    await expect(
      payload.findByID({ collection: 'posts', id: draft.id, ...anonymously }),
    ).rejects.toMatchObject({
      status: 404,
    })
  })
})

describe('reading posts as staff', () => {
  it('shows the draft to an editor', async () => {
    const found = await payload.findByID({
      collection: 'posts',
      id: draft.id,
      user: editor,
      ...anonymously,
    })
    expect(found.title).toContain('Draft')
    const { totalDocs } = await payload.find({ collection: 'posts', user: editor, ...anonymously })
    expect(totalDocs).toBe(4)
  })
})

describe('authors', () => {
  it('create drafts that belong to them, whoever they name as author', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'An author draft',
        content: paragraphs('Work in progress.'),
        author: admin.id,
      },
      draft: true,
      user: author,
      ...anonymously,
    })
    createdIds.push(post.id)
    expect(post._status).toBe('draft')
    expect(typeof post.author === 'object' ? post.author?.id : post.author).toBe(author.id)
  })

  it('cannot create a published post', async () => {
    await expect(
      payload.create({
        collection: 'posts',
        data: {
          title: 'Sneaky publish',
          slug: 'sneaky-publish',
          content: paragraphs('Now live?'),
          _status: 'published',
        },
        user: author,
        ...anonymously,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('cannot publish their own draft, but an editor can', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Ready for review', content: paragraphs('Please publish me.') },
      draft: true,
      user: author,
      ...anonymously,
    })
    createdIds.push(post.id)

    await expect(
      payload.update({
        collection: 'posts',
        id: post.id,
        data: { _status: 'published' },
        user: author,
        ...anonymously,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const stillDraft = await payload.findByID({ collection: 'posts', id: post.id })
    expect(stillDraft._status).toBe('draft')

    const published = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { _status: 'published' },
      user: editor,
      ...anonymously,
    })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })

  it("cannot edit someone else's post", async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { title: { equals: SEEDED_PUBLISHED_TITLES[0] } },
    })
    const others = docs[0]!
    await expect(
      payload.update({
        collection: 'posts',
        id: others.id,
        data: { title: 'Hijacked' },
        draft: true,
        user: author,
        ...anonymously,
      }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
    const unchanged = await payload.findByID({ collection: 'posts', id: others.id, draft: true })
    expect(unchanged.title).toBe(SEEDED_PUBLISHED_TITLES[0])
  })
})
