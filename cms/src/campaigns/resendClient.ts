import { env } from '@/env'

/** One email as Resend's send and batch APIs take it. */
export type OutgoingEmail = {
  from: string
  to: string[]
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
  tags?: { name: string; value: string }[]
}

/** Resend could not be reached or failed on its side: the send stops here and resumes later. */
export class TransientSendError extends Error {}

export type SendOutcome = { ids: string[] } | { refused: string }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Resend's default limit is 2 requests a second per team, shared with every
 * other email of the shop (confirmations, password resets, commerce's): a
 * campaign takes about 1.5 of them, which still sends 50,000 readers (500
 * batches) in under 6 minutes.
 */
const MIN_INTERVAL_MS = 650
const MAX_TRIES = 3
const MAX_RATE_LIMIT_WAITS = 20
let lastRequestAt = 0

export const resendConfigured = () => Boolean(env.RESEND_API_KEY)

/**
 * POSTs to Resend with the idempotency key, paced under its rate limit: a 429
 * waits its Retry-After and asks again; a 5xx, a network failure or a request
 * still in progress under the same key is tried again twice with backoff and
 * then throws TransientSendError. Other refusals (4xx) answer `{ refused }`.
 */
async function post(path: string, body: unknown, idempotencyKey: string): Promise<{ ok: true; json: any } | { refused: string }> {
  if (!env.RESEND_API_KEY) throw new TransientSendError('RESEND_API_KEY is not set: campaigns cannot be sent')
  let failures = 0
  let rateLimited = 0
  for (;;) {
    const wait = lastRequestAt + MIN_INTERVAL_MS - Date.now()
    if (wait > 0) await sleep(wait)
    lastRequestAt = Date.now()
    let res: Response
    try {
      res = await fetch(`${env.RESEND_BASE_URL.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${env.RESEND_API_KEY}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      })
    } catch (error) {
      if (++failures >= MAX_TRIES) throw new TransientSendError(`Resend unreachable: ${(error as Error).message}`)
      await sleep(1000 * 2 ** failures)
      continue
    }
    const answer = await res.json().catch(() => null)
    if (res.ok) return { ok: true, json: answer }
    if (res.status === 429 && ++rateLimited <= MAX_RATE_LIMIT_WAITS) {
      await sleep(Math.min(60, Math.max(1, Number(res.headers.get('retry-after')) || 1)) * 1000)
      continue
    }
    const message = `${res.status} ${answer?.name ?? ''}: ${answer?.message ?? ''}`.trim()
    const transient = res.status >= 500 || res.status === 429 || answer?.name === 'concurrent_idempotent_requests'
    if (!transient) return { refused: message }
    if (++failures >= MAX_TRIES) throw new TransientSendError(`Resend failed: ${message}`)
    await sleep(1000 * 2 ** failures)
  }
}

/** POST /emails/batch (at most 100): Resend's ids in the order of `emails`. */
export async function sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<SendOutcome> {
  const answer = await post('/emails/batch', emails, idempotencyKey)
  if ('refused' in answer) return answer
  return { ids: (answer.json?.data ?? []).map((entry: { id: string }) => entry.id) }
}

/** POST /emails: one email. */
export async function sendOne(email: OutgoingEmail, idempotencyKey: string): Promise<SendOutcome> {
  const answer = await post('/emails', email, idempotencyKey)
  if ('refused' in answer) return answer
  return { ids: [answer.json?.id] }
}
