import { randomUUID } from 'node:crypto'

import { startFakeServer, type FakeServer } from './server'

export type SentEmail = {
  authorization: string | null
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
}

/**
 * Resend's POST /emails as documented: a Bearer API key, a JSON body, 200 with
 * the email's id, or 4xx with { statusCode, name, message }.
 */
export async function startFakeResend(apiKey: string) {
  const sent: SentEmail[] = []
  let rejectNext: { statusCode: number; name: string; message: string } | null = null
  const server: FakeServer = await startFakeServer(async (request) => {
    const path = new URL(request.url).pathname
    if (request.method !== 'POST' || path !== '/emails') {
      return Response.json({ statusCode: 404, name: 'not_found', message: 'Not found' }, { status: 404 })
    }
    const authorization = request.headers.get('authorization')
    if (authorization !== `Bearer ${apiKey}`) {
      return Response.json(
        { statusCode: 401, name: 'validation_error', message: 'API key is invalid' },
        { status: 401 },
      )
    }
    const body = (await request.json()) as Omit<SentEmail, 'authorization' | 'to'> & {
      to: string | string[]
    }
    if (rejectNext) {
      const error = rejectNext
      rejectNext = null
      return Response.json(error, { status: error.statusCode })
    }
    sent.push({ ...body, to: Array.isArray(body.to) ? body.to : [body.to], authorization })
    return Response.json({ id: randomUUID() })
  })
  return {
    ...server,
    sent,
    rejectNextWith(error: { statusCode: number; name: string; message: string }) {
      rejectNext = error
    },
  }
}
