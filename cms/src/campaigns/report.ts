import type { Payload } from 'payload'

export type CampaignReport = {
  sent: number
  delivered: number
  bounced: number
  complained: number
  uniqueOpens: number
  uniqueClicks: number
  unsubscribes: number
  topLinks: { link: string; clicks: number }[]
}

const TOP_LINKS = 10

/**
 * What became of a campaign, counted by PostgreSQL from its recipient rows
 * (each event's first time, so a redelivered webhook counts once) and its
 * per-reader link clicks: unique opens and clicks are readers, not events,
 * and a link's clicks are the readers who clicked it.
 */
export async function campaignReport(payload: Payload, campaignId: number): Promise<CampaignReport> {
  const pool = payload.db.pool
  const [{ rows: totals }, { rows: links }] = await Promise.all([
    pool.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(delivered_at)::int AS delivered,
              count(bounced_at)::int AS bounced,
              count(complained_at)::int AS complained,
              count(opened_at)::int AS unique_opens,
              count(clicked_at)::int AS unique_clicks,
              count(unsubscribed_at)::int AS unsubscribes
         FROM campaign_recipients WHERE campaign_id = $1`,
      [campaignId],
    ),
    pool.query(
      `SELECT link, count(*)::int AS clicks FROM campaign_link_clicks
        WHERE campaign_id = $1 GROUP BY link ORDER BY clicks DESC, link LIMIT $2`,
      [campaignId, TOP_LINKS],
    ),
  ])
  const row = totals[0]
  return {
    sent: row.sent,
    delivered: row.delivered,
    bounced: row.bounced,
    complained: row.complained,
    uniqueOpens: row.unique_opens,
    uniqueClicks: row.unique_clicks,
    unsubscribes: row.unsubscribes,
    topLinks: links.map((link) => ({ link: link.link, clicks: link.clicks })),
  }
}
