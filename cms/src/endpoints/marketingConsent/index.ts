import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasRole } from '@/access/hasRole'
import { liftUnsubscribeSuppression, optOutAddress } from './consent'

/**
 * Marketing consent, one per address across the platform, lives here: an
 * address in email_suppressions gets no marketing email at all, neither the
 * cms's campaigns nor commerce's lifecycle email (abandoned carts, course
 * nudges), which asks POST /opted-out before each batch. A newsletter
 * unsubscribe records one (hooks/suppressOnUnsubscribe), and commerce reports
 * its readers' opt-outs to POST /opt-out. Only the reader's own act lifts an
 * unsubscribe: their signed-in opt-in at the shop (POST /opt-in, which does
 * not resubscribe them: the newsletter needs a fresh confirmed sign-up) or
 * confirming a fresh sign-up. Imports never do: they touch subscribers, and
 * the suppression is kept by address, apart from them.
 */
const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })
const json = (body: unknown) => Response.json(body, { headers: { 'cache-control': 'no-store' } })

/** The most addresses one lookup may carry (commerce sends a batch of at most 200). */
export const LOOKUP_MAX = 500

const Email = z.string().trim().toLowerCase().email().max(254)
const OneAddress = z.object({ email: Email }).strict()
const Addresses = z.object({ emails: z.array(z.string().max(254)).min(1).max(LOOKUP_MAX) }).strict()

/** Staff who manage the audience, and commerce's service account (CMS_API_KEY there). */
function refuse(req: PayloadRequest): Response | null {
  if (!req.user) return error(401, 'Sign in, or send the commerce service API key.')
  if (!hasRole(req.user, 'commerce', 'admin', 'editor')) return error(403, 'Only editors, admins and the commerce service account manage marketing consent.')
  return null
}

async function body<S extends z.ZodTypeAny>(req: PayloadRequest, schema: S): Promise<z.output<S> | Response> {
  const data = await (req.json ? req.json().catch(() => undefined) : undefined)
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  return error(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
}

const handle =
  <S extends z.ZodTypeAny>(schema: S, act: (req: PayloadRequest, input: z.output<S>) => Promise<Response>) =>
  async (req: PayloadRequest) => {
    const refused = refuse(req)
    if (refused) return refused
    const input = await body(req, schema)
    return input instanceof Response ? input : act(req, input)
  }

/** POST { email }: the reader opted out elsewhere (commerce): off the newsletter, suppressed for every campaign. Idempotent. */
export const consentOptOut: Endpoint = {
  path: '/marketing-consent/opt-out',
  method: 'post',
  handler: handle(OneAddress, async (req, { email }) => {
    await optOutAddress(req.payload, email)
    return json({ email, opted_out: true })
  }),
}

/** POST { email }: the reader's own opt-in at the shop: lifts an unsubscribe suppression (never a bounce or complaint). */
export const consentOptIn: Endpoint = {
  path: '/marketing-consent/opt-in',
  method: 'post',
  handler: handle(OneAddress, async (req, { email }) => {
    await liftUnsubscribeSuppression(req.payload, email)
    return json({ email, opted_out: false })
  }),
}

/** POST { emails }: which of these addresses must get no marketing email (any suppression). */
export const consentLookup: Endpoint = {
  path: '/marketing-consent/opted-out',
  method: 'post',
  handler: handle(Addresses, async (req, { emails }) => {
    const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()))]
    const { rows } = await req.payload.db.pool.query<{ email: string }>(
      `SELECT email FROM email_suppressions WHERE email = ANY($1::text[])`,
      [wanted],
    )
    return json({ opted_out: rows.map((r) => r.email) })
  }),
}

export const marketingConsentEndpoints = [consentOptOut, consentOptIn, consentLookup]
