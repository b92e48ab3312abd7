import { createServer, type Server } from 'node:http'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ensureUser, type LocalUser, paragraphs } from './helpers'

const anonymously = { overrideAccess: false } as const

let payload: Payload
let server: Server
let editor: LocalUser
const receivedTags: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      receivedTags.push(...JSON.parse(raw).tags)
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  const { port } = new URL(inject('storefrontUrl'))
  await new Promise<void>((resolve) => server.listen(Number(port), '127.0.0.1', resolve))
  // As the running server does: with the jobs crons from payload.config's autoRun.
  payload = await getPayload({ config, cron: true })
  editor = await ensureUser(payload, { email: 'scheduling-editor@example.com', roles: ['editor'] })
})

afterAll(async () => {
  await payload.destroy()
  await new Promise((resolve) => server.close(resolve))
})

const publicPost = async (slug: string) => {
  const { docs } = await payload.find({
    collection: 'posts',
    where: { slug: { equals: slug } },
    ...anonymously,
  })
  return docs[0] ?? null
}

describe('scheduled publishing', () => {
  it('publishes a draft at its time through the jobs cron, and tells the storefront', async () => {
    const slug = `scheduled-${Date.now().toString(36)}`
    const draft = await payload.create({
      collection: 'posts',
      data: { title: 'Scheduled for later', slug, content: paragraphs('Wait for it.') },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const publishAt = new Date(Date.now() + 4_000)
    // What the admin's "Schedule publish" drawer queues.
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: publishAt,
      input: {
        type: 'publish',
        doc: { relationTo: 'posts', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      },
    })

    let seenAt: number | null = null
    const deadline = publishAt.getTime() + 15_000
    while (Date.now() < deadline) {
      const found = await publicPost(slug)
      if (found) {
        seenAt = Date.now()
        expect(found._status).toBe('published')
        expect(new Date(found.publishedAt!).getTime()).toBeGreaterThanOrEqual(publishAt.getTime())
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(seenAt, 'the scheduled post never became public').not.toBeNull()
    // Not before its time, and within a cron tick (5 s) plus a little of it.
    expect(seenAt!).toBeGreaterThanOrEqual(publishAt.getTime())
    expect(seenAt! - publishAt.getTime()).toBeLessThan(8_000)

    await expect.poll(() => receivedTags, { timeout: 3_000 }).toContain(`post:${slug}`)
    expect(receivedTags).toContain('posts')

    await payload.delete({
      collection: 'posts',
      id: draft.id,
      context: { disableRevalidate: true },
    })
  }, 40_000)
})
