import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffOrCommerce } from '@/access/isStaffOrCommerce'

/** A reminder run looks a day ahead; a week is the most one request may ask for. */
const MAX_WINDOW_MS = 7 * 86_400_000
const MAX_PAGE = 1000
const SUMMARY_CHARS = 1000

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
const refuse = (status: number, message: string) => answer(status, { errors: [{ message }] })

type Query = { from: Date; to: Date; after: number; limit: number }

/** The window and page asked for, or the 4xx naming what is wrong. */
function readQuery(req: PayloadRequest): Query | Response {
  if (!req.user) return refuse(401, 'Sign in, or send the commerce service API key.')
  if (!isStaffOrCommerce({ req })) return refuse(403, 'Only staff and the commerce service account read event RSVPs.')
  const params = new URL(req.url ?? '/', 'http://cms.local').searchParams
  const from = params.get('from')
  const to = params.get('to')
  if (!from || !to) return refuse(400, 'from and to are required (ISO 8601 instants).')
  const window = { from: new Date(from), to: new Date(to) }
  if (Number.isNaN(window.from.getTime())) return refuse(400, 'from is not an ISO 8601 instant.')
  if (Number.isNaN(window.to.getTime())) return refuse(400, 'to is not an ISO 8601 instant.')
  if (window.to <= window.from) return refuse(400, 'to must be after from.')
  if (window.to.getTime() - window.from.getTime() > MAX_WINDOW_MS) return refuse(400, 'The window spans at most 7 days.')
  const limit = Number(params.get('limit') ?? 500)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) return refuse(400, `limit must be a whole number from 1 to ${MAX_PAGE}.`)
  const after = params.get('after') ?? '0'
  if (!/^\d{1,12}$/.test(after)) return refuse(400, 'after must be the next cursor of the previous page.')
  return { ...window, after: Number(after), limit }
}

/** The event's description as plain text, cut short (a calendar entry's DESCRIPTION, not the page). */
function summaryOf(description: unknown): string | null {
  if (!description || typeof description !== 'object' || !('root' in description)) return null
  const text = convertLexicalToPlaintext({ data: description as Parameters<typeof convertLexicalToPlaintext>[0]['data'] }).trim()
  if (!text) return null
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : text
}

/**
 * GET /api/event-reminders?from&to&after&limit: every active RSVP (not
 * cancelled) of a published event starting after `from` and at or before
 * `to`, with what a reminder needs of its event, a page at a time by keyset
 * (`after` is the `next` of the previous page). commerce's event-reminder job
 * reads it; the reminder itself is commerce's (ARCHITECTURE: lifecycle email).
 */
export const eventReminderRsvps: Endpoint = {
  path: '/event-reminders',
  method: 'get',
  handler: async (req) => {
    const query = readQuery(req)
    if (query instanceof Response) return query
    const { rows } = await req.payload.db.pool.query(
      `SELECT r.id, r.name, r.email, e.id AS event_id, e.title, e.slug, e.starts_at, e.ends_at, e.time_zone,
              e.venue, e.online_url, e.description
         FROM event_registrations r JOIN events e ON e.id = r.event_id
        WHERE r.status = 'registered' AND e._status = 'published'
          AND e.starts_at > $1 AND e.starts_at <= $2 AND r.id > $3
        ORDER BY r.id LIMIT $4`,
      [query.from, query.to, query.after, query.limit],
    )
    const rsvps = rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      event: {
        id: row.event_id,
        title: row.title,
        slug: row.slug,
        starts_at: new Date(row.starts_at).toISOString(),
        ends_at: row.ends_at ? new Date(row.ends_at).toISOString() : null,
        time_zone: row.time_zone,
        venue: row.venue || null,
        online_url: row.online_url || null,
        summary: summaryOf(row.description),
      },
    }))
    return answer(200, { rsvps, next: rows.length === query.limit ? String(rows[rows.length - 1].id) : null })
  },
}
