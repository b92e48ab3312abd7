import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dbOf, ensureLifecycleTables, releaseClaims } from "../../../lib/lifecycle/claims"

/** Members claimed in one run; the job runs again while a run fills it. */
export const DIGEST_BATCH = 500
const DAY_MS = 86_400_000

export type ClaimNotificationDigestsInput = { now: string }
export type ClaimedDigest = { subject_id: string; member_id: string; email: string; since: string }

/**
 * Claims today's digest of every member with an unread notification from the
 * last 24 hours of a kind they chose to get as a digest, in one statement:
 * the claim row (`community-digest`, `<member>:<day>`) is the lifecycle
 * emails' table, so several workers running the job send one digest per
 * member per day. A failed send gives its claim back.
 */
export const claimNotificationDigestsStep = createStep(
  "claim-community-notification-digests",
  async (input: ClaimNotificationDigestsInput, { container }) => {
    const db = dbOf(container)
    await ensureLifecycleTables(db)
    const now = new Date(input.now)
    const since = new Date(now.getTime() - DAY_MS)
    const { rows } = await db.raw(
      `WITH due AS (
         SELECT m.id AS member_id, min(cu.email) AS email
           FROM community_notification n
           JOIN community_member m ON m.id = n.recipient_id AND m.deleted_at IS NULL
           JOIN customer cu ON cu.id = m.customer_id AND cu.deleted_at IS NULL AND coalesce(cu.email, '') <> ''
          WHERE n.read_at IS NULL AND n.deleted_at IS NULL AND n.created_at > :since AND n.created_at <= :now
            AND (m.notification_preferences ->> n.kind::text) = 'digest'
            AND NOT EXISTS (SELECT 1 FROM lifecycle_email_claim lc WHERE lc.kind = 'community-digest' AND lc.subject_id = m.id || ':' || CAST(:day AS text))
          GROUP BY m.id
          LIMIT ${DIGEST_BATCH}
       )
       INSERT INTO lifecycle_email_claim (kind, subject_id, email, sent_at)
       SELECT 'community-digest', member_id || ':' || CAST(:day AS text), email, :now FROM due
       ON CONFLICT (kind, subject_id) DO NOTHING
       RETURNING subject_id, email`,
      { since, now, day: input.now.slice(0, 10) }
    )
    const claims = (rows as { subject_id: string; email: string }[]).map(
      (r): ClaimedDigest => ({ ...r, member_id: r.subject_id.split(":")[0], since: since.toISOString() })
    )
    return new StepResponse(claims, claims.map((c) => c.subject_id))
  },
  async (subjectIds, { container }) => {
    if (!subjectIds?.length) return
    await releaseClaims(dbOf(container), "community-digest", subjectIds.map((subject_id) => ({ subject_id, previous_sent_at: null })))
  }
)
