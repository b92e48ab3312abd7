import { createServer, type Server } from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest'

import { getTestPayload, paragraphs } from './helpers'

type Received = { tags: string[]; secret: string | undefined }

let payload: Payload
let server: Server
let commerce: Server
let received: Received[] = []
/** What commerce's /hooks/cms/revalidate got (it reads those documents again for its search index). */
let commerceReceived: Received[] = []

/**
 * Hooks post without awaiting. When tags are expected, wait (up to 10 s) until
 * a request has arrived; when none are, give a stray request 600 ms to show up.
 */
async function settle(expectTags = false) {
  const deadline = Date.now() + (expectTags ? 10_000 : 600)
  while (Date.now() < deadline && !(expectTags && received.length > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  if (expectTags) await new Promise((resolve) => setTimeout(resolve, 100))
  return received.flatMap((request) => request.tags)
}

beforeAll(async () => {
  commerce = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const header = req.headers['x-revalidate-secret']
      if (req.url === '/hooks/cms/revalidate') {
        commerceReceived.push({ tags: JSON.parse(raw).tags, secret: Array.isArray(header) ? header[0] : header })
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  const commercePort = Number(new URL(inject('commerceUrl')).port)
  await new Promise<void>((resolve) => commerce.listen(commercePort, '127.0.0.1', resolve))
  server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const header = req.headers['x-revalidate-secret']
      received.push({
        tags: JSON.parse(raw).tags,
        secret: Array.isArray(header) ? header[0] : header,
      })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  const { port } = new URL(inject('storefrontUrl'))
  await new Promise<void>((resolve) => server.listen(Number(port), '127.0.0.1', resolve))
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload.destroy()
  await new Promise((resolve) => server.close(resolve))
  await new Promise((resolve) => commerce.close(resolve))
})

beforeEach(() => {
  received = []
  commerceReceived = []
})

describe('storefront revalidation from post hooks', () => {
  let postId: number

  it('is silent for drafts', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Revalidation probe', content: paragraphs('Probe.') },
      draft: true,
    })
    postId = post.id
    expect(await settle()).toEqual([])
    expect(commerceReceived).toEqual([])
  })

  it('sends the post and list tags with the shared secret on publish', async () => {
    await payload.update({ collection: 'posts', id: postId, data: { _status: 'published' } })
    expect(await settle(true)).toEqual(['posts', 'post:revalidation-probe'])
    expect(received[0]?.secret).toBe(process.env.REVALIDATE_SECRET ?? 'dev-only-revalidate-secret')
    // Commerce's search index is told the same, with the same secret; drafts (above) tell it nothing.
    await vi.waitFor(
      () => expect(commerceReceived).toEqual([{ tags: ['posts', 'post:revalidation-probe'], secret: received[0]?.secret }]),
      { timeout: 5000, interval: 50 },
    )
  })

  it('stays silent while a published post gets a draft edit', async () => {
    await payload.update({
      collection: 'posts',
      id: postId,
      data: { title: 'Edited in draft' },
      draft: true,
    })
    expect(await settle()).toEqual([])
  })

  it('includes the old slug when a published post is renamed', async () => {
    await payload.update({
      collection: 'posts',
      id: postId,
      data: { slug: 'revalidation-renamed', _status: 'published' },
    })
    expect(await settle(true)).toEqual([
      'posts',
      'post:revalidation-renamed',
      'post:revalidation-probe',
    ])
  })

  it('sends the slug again when the post is deleted', async () => {
    await payload.delete({ collection: 'posts', id: postId })
    expect(await settle(true)).toEqual(['posts', 'post:revalidation-renamed'])
    await vi.waitFor(() => expect(commerceReceived.flatMap((r) => r.tags)).toEqual(['posts', 'post:revalidation-renamed']), {
      timeout: 5000,
      interval: 50,
    })
  })
})
