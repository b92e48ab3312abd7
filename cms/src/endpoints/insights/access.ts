import type { PayloadRequest } from 'payload'

import { hasRole, STAFF_ROLES } from '@/access/hasRole'

const MAX_SPAN_MS = 3 * 366 * 86_400_000

const error = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * Who may read the audience figures (staff, and commerce's service account
 * through its API key), and the period asked for: `from` and `to`, ISO
 * instants, `to` after `from`, at most three years apart. Answers the
 * window, or the error Response to send.
 */
export function insightsWindow(req: PayloadRequest): { from: Date; to: Date } | Response {
  if (!req.user) return error(401, 'Sign in, or send the commerce service API key.')
  if (!hasRole(req.user, 'commerce', ...STAFF_ROLES)) return error(403, 'Only staff and the commerce service account read audience figures.')
  const url = new URL(req.url ?? '/', 'http://cms.local')
  const [from, to] = ['from', 'to'].map((name) => url.searchParams.get(name))
  if (!from || !to) return error(400, 'from and to are required (ISO 8601 instants).')
  const window = { from: new Date(from), to: new Date(to) }
  if (Number.isNaN(window.from.getTime())) return error(400, 'from is not an ISO 8601 instant.')
  if (Number.isNaN(window.to.getTime())) return error(400, 'to is not an ISO 8601 instant.')
  if (window.to <= window.from) return error(400, 'to must be after from.')
  if (window.to.getTime() - window.from.getTime() > MAX_SPAN_MS) return error(400, 'A period spans at most three years.')
  return window
}

export const json = (body: unknown) => Response.json(body, { headers: { 'cache-control': 'no-store' } })
export const badRequest = (message: string) => error(400, message)
