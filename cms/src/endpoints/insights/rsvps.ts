import type { Endpoint } from 'payload'

import { badRequest, insightsWindow, json } from './access'

const MAX_PAGE = 1000

/**
 * GET /api/insights/rsvps?from&to&after&limit: the RSVPs made in the period,
 * in the order they were made, a page at a time by keyset (`after` is the `next` the last
 * page answered), so commerce can stream a CSV of any size.
 */
export const rsvpInsights: Endpoint = {
  path: '/insights/rsvps',
  method: 'get',
  handler: async (req) => {
    const window = insightsWindow(req)
    if (window instanceof Response) return window
    const url = new URL(req.url ?? '/', 'http://cms.local')
    const limit = Number(url.searchParams.get('limit') ?? 500)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) return badRequest(`limit must be a whole number from 1 to ${MAX_PAGE}.`)
    const after = url.searchParams.get('after') ?? '0'
    if (!/^\d{1,12}$/.test(after)) return badRequest('after must be the next cursor of the previous page.')
    const { rows } = await req.payload.db.pool.query(
      `SELECT r.id, r.created_at, e.title AS event_title, e.starts_at AS event_starts_at, r.name, r.email, r.status, r.customer_id
         FROM event_registrations r LEFT JOIN events e ON e.id = r.event_id
        WHERE r.created_at >= $1 AND r.created_at < $2 AND r.id > $3
        ORDER BY r.id LIMIT $4`,
      [window.from, window.to, Number(after), limit],
    )
    return json({ rsvps: rows, next: rows.length === limit ? String(rows[rows.length - 1].id) : null })
  },
}
