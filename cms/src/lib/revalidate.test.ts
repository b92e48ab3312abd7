import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postRevalidation, revalidateTags } from './revalidate'

const requests: { body: unknown; secret: unknown; path: string | undefined }[] = []
const server = createServer((req, res) => {
  let raw = ''
  req.on('data', (chunk) => (raw += chunk))
  req.on('end', () => {
    requests.push({
      body: JSON.parse(raw),
      secret: req.headers['x-revalidate-secret'],
      path: req.url,
    })
    res.writeHead(req.headers['x-revalidate-secret'] === 'right' ? 200 : 401).end()
  })
})
let storefrontUrl: string

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  storefrontUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('postRevalidation', () => {
  it('POSTs unique tags with the secret header to /api/revalidate', async () => {
    requests.length = 0
    const ok = await postRevalidation(['post:a', 'posts', 'post:a'], {
      storefrontUrl,
      secret: 'right',
    })
    expect(ok).toBe(true)
    expect(requests).toEqual([
      { body: { tags: ['post:a', 'posts'] }, secret: 'right', path: '/api/revalidate' },
    ])
  })

  it('reports a rejected secret without throwing', async () => {
    await expect(postRevalidation(['nav'], { storefrontUrl, secret: 'wrong' })).resolves.toBe(false)
  })

  it('never throws when the storefront is down', async () => {
    await expect(
      postRevalidation(['nav'], {
        storefrontUrl: 'http://127.0.0.1:9',
        secret: 'right',
        timeoutMs: 500,
      }),
    ).resolves.toBe(false)
  })
})

describe('revalidateTags', () => {
  it('sends nothing while seeding', async () => {
    requests.length = 0
    revalidateTags(['nav'], {
      context: { disableRevalidate: true },
      storefrontUrl,
      secret: 'right',
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(requests).toEqual([])
  })

  it('sends straight away outside a Next request', async () => {
    requests.length = 0
    revalidateTags(['nav'], { storefrontUrl, secret: 'right' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(requests.map((request) => request.body)).toEqual([{ tags: ['nav'] }])
  })
})
