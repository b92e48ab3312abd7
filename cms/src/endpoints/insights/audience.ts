import type { Endpoint } from 'payload'

import { insightsWindow, json } from './access'

/** The store's weeks start on Monday in Lagos, as on commerce's Insights page. */
const TIME_ZONE = 'Africa/Lagos'

/**
 * GET /api/insights/audience?from&to: published events from the period's
 * start on with their RSVPs against capacity, and newsletter subscribers by
 * status and week by week (sign-ups, confirmations, unsubscriptions dated by
 * their last change). Counted by PostgreSQL; no reader's details leave.
 */
export const audienceInsights: Endpoint = {
  path: '/insights/audience',
  method: 'get',
  handler: async (req) => {
    const window = insightsWindow(req)
    if (window instanceof Response) return window
    const pool = req.payload.db.pool
    const [events, totals, weekly] = await Promise.all([
      pool.query(
        `SELECT e.id, e.title, e.slug, e.starts_at, e.capacity::int AS capacity,
                count(r.id) FILTER (WHERE r.status = 'registered')::int AS registered,
                count(r.id) FILTER (WHERE r.status = 'cancelled')::int AS cancelled
           FROM events e LEFT JOIN event_registrations r ON r.event_id = e.id
          WHERE e._status = 'published' AND e.starts_at >= $1
          GROUP BY e.id ORDER BY e.starts_at LIMIT 20`,
        [window.from],
      ),
      pool.query(`SELECT status, count(*)::int AS count FROM newsletter_subscribers GROUP BY status`),
      pool.query(
        `WITH weeks AS (
           SELECT generate_series(date_trunc('week', ($1::timestamptz AT TIME ZONE $3)::date),
                                  date_trunc('week', (($2::timestamptz - interval '1 millisecond') AT TIME ZONE $3)::date),
                                  interval '1 week')::date AS week)
         SELECT to_char(w.week, 'YYYY-MM-DD') AS week,
                (SELECT count(*) FROM newsletter_subscribers s
                  WHERE date_trunc('week', s.created_at AT TIME ZONE $3)::date = w.week AND s.created_at >= $1 AND s.created_at < $2)::int AS signed_up,
                (SELECT count(*) FROM newsletter_subscribers s
                  WHERE date_trunc('week', s.confirmed_at AT TIME ZONE $3)::date = w.week AND s.confirmed_at >= $1 AND s.confirmed_at < $2)::int AS confirmed,
                (SELECT count(*) FROM newsletter_subscribers s
                  WHERE s.status = 'unsubscribed' AND date_trunc('week', s.updated_at AT TIME ZONE $3)::date = w.week
                    AND s.updated_at >= $1 AND s.updated_at < $2)::int AS unsubscribed
           FROM weeks w ORDER BY w.week`,
        [window.from, window.to, TIME_ZONE],
      ),
    ])
    const count = (status: string) => totals.rows.find((row) => row.status === status)?.count ?? 0
    return json({
      events: events.rows,
      newsletter: { confirmed: count('confirmed'), pending: count('pending'), unsubscribed: count('unsubscribed'), weekly: weekly.rows },
    })
  },
}
