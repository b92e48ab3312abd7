import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import * as graphql from '@/app/(payload)/api/graphql/route'
import { proxy } from '@/proxy'
import { NextRequest } from 'next/server'
import { getTestPayload } from './helpers'
import { api, json } from './restApi'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

async function graphQL(query: string) {
  const res = await graphql.POST(new Request('http://cms.test/api/graphql', { method: 'POST', ...json({ query }) }), {})
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[]; data?: unknown } }
}

const named = (field: string, problem: RegExp) => ({
  errors: [expect.objectContaining({ message: expect.stringMatching(problem), data: { field } })],
})

describe('bad input in a query string or path is a 400 naming the field', () => {
  it('a NUL byte in a where clause (was a 500 from PostgreSQL)', async () => {
    const res = await api('GET', '/api/posts?where[title][like]=%00')
    expect(res.status).toBe(400)
    expect(res.body).toEqual(named('where[title][like]', /^where\[title\]\[like\] contains a NUL byte$/))
    const nested = await api('GET', '/api/posts?where[or][0][and][0][slug][equals]=a%00b')
    expect(nested).toMatchObject({ status: 400, body: named('where[or][0][and][0][slug][equals]', /NUL/) })
  })

  it('control characters, malformed percent-encoding, bytes that are not UTF-8, U+FFFD and over-long values', async () => {
    expect(await api('GET', '/api/posts?where[title][like]=a%07')).toMatchObject({ status: 400, body: named('where[title][like]', /control character \(U\+0007\)/) })
    expect(await api('GET', '/api/posts?where[title][like]=%C0%AF')).toMatchObject({ status: 400, body: named('where[title][like]', /not UTF-8/) })
    expect(await api('GET', '/api/posts?where[title][like]=%E2%82')).toMatchObject({ status: 400, body: named('where[title][like]', /not UTF-8/) })
    expect(await api('GET', '/api/posts?where[title][like]=%EF%BF%BD')).toMatchObject({ status: 400, body: named('where[title][like]', /not valid UTF-8/) })
    expect(await api('GET', `/api/posts?where[slug][equals]=${'a'.repeat(10_001)}`)).toMatchObject({
      status: 400,
      body: named('where[slug][equals]', /longer than 10000 characters/),
    })
    expect(await api('GET', '/api/media/file/%00')).toMatchObject({ status: 400, body: named('path', /NUL/) })
  })

  it('operators the database cannot run and page numbers it cannot use (both were 500s)', async () => {
    expect(await api('GET', '/api/posts?where[title][near]=1,2')).toMatchObject({ status: 400, body: named('where[title][near]', /near operator/) })
    expect(await api('GET', '/api/posts?where[title][all]=a')).toMatchObject({ status: 400, body: named('where[title][all]', /all operator/) })
    expect(await api('GET', '/api/posts?page=-1')).toMatchObject({ status: 400, body: named('page', /whole number of at least 1/) })
    expect(await api('GET', '/api/posts?limit=ten')).toMatchObject({ status: 400, body: named('limit', /whole number/) })
  })

  it('an id that is not a number and a file that is not on disk are 404s, not 500s', async () => {
    expect(await api('GET', '/api/posts/not-a-number')).toMatchObject({ status: 404, body: { errors: [{ message: 'Not Found' }] } })
    expect(await api('GET', '/api/media/file/no-such-file.png')).toMatchObject({ status: 404 })
  })

  it('still answers odd but valid Unicode: right-to-left marks, combining marks, emoji', async () => {
    for (const term of ['\u202Eevil', 'e\u0301\u0301\u0301', '📚✍️', 'كتاب']) {
      const res = await api('GET', `/api/posts?where[title][like]=${encodeURIComponent(term)}`)
      expect(res).toMatchObject({ status: 200, body: { docs: [] } })
    }
    const published = await api('GET', '/api/posts?where[title][like]=outline&limit=5&page=1')
    expect(published.body?.docs).toHaveLength(1)
  })
})

describe('the admin pages', () => {
  it('get the same URL check before a list view hands a where clause to PostgreSQL', async () => {
    const refused = proxy(new NextRequest('http://cms.test/admin/collections/posts?where[title][like]=%00'))
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual(named('where[title][like]', /NUL/))
    const fine = proxy(new NextRequest('http://cms.test/admin/collections/posts?where[title][like]=outline'))
    expect(fine.headers.get('x-middleware-next')).toBe('1')
  })
})

describe('bad input in a JSON body is a 400 naming the field', () => {
  it('a NUL byte or control character in a field (a NUL was a 500)', async () => {
    const nul = await api('POST', '/api/users/login', json({ email: 'editor@example.com\u0000', password: 'x' }))
    expect(nul).toMatchObject({ status: 400, body: named('email', /^email contains a NUL byte$/) })
    const deep = await api('POST', '/api/users/forgot-password', json({ email: 'a@b.c', extra: { list: ['ok', 'bell\u0007'] } }))
    expect(deep).toMatchObject({ status: 400, body: named('extra.list[1]', /control character/) })
  })

  it('malformed JSON, bytes that are not UTF-8, lone surrogates, absurd nesting and oversized bodies', async () => {
    expect(await api('POST', '/api/users/login', json('{"email":'))).toMatchObject({ status: 400, body: named('body', /not valid JSON/) })
    const overlong = new Uint8Array([...new TextEncoder().encode('{"email":"'), 0xc0, 0xaf, ...new TextEncoder().encode('"}')])
    expect(await api('POST', '/api/users/login', { headers: { 'content-type': 'application/json' }, body: overlong })).toMatchObject({
      status: 400,
      body: named('body', /not valid UTF-8/),
    })
    expect(await api('POST', '/api/users/login', json('{"email":"\\ud800"}'))).toMatchObject({ status: 400, body: named('email', /lone surrogate/) })
    expect(await api('POST', '/api/users/login', json('['.repeat(5_000) + ']'.repeat(5_000)))).toMatchObject({ status: 400, body: named('body', /nested deeper/) })
    const huge = await api('POST', '/api/users/login', json({ email: 'a@b.c', password: 'x'.repeat(5 * 1024 * 1024) }))
    expect(huge).toMatchObject({ status: 413, body: named('body', /larger than 4 MB/) })
  })

  it('wrong types are refused by Payload itself, without a 500', async () => {
    const res = await api('POST', '/api/users/login', json({ email: ['editor@example.com'], password: { $gt: '' } }))
    expect(res.status).toBe(400)
  })
})

describe('GraphQL', () => {
  it('refuses a NUL byte in the query document and answers a negative page as a client error', async () => {
    const nul = await graphQL('{ Posts(where: { title: { like: "\u0000" } }) { docs { title } } }')
    expect(nul.status).toBe(400)
    const page = await graphQL('{ Posts(page: -1) { docs { title } } }')
    expect(page.body.errors?.[0]).toMatchObject({ message: 'A value in this request does not fit its field', extensions: { statusCode: 400 } })
  })
})
