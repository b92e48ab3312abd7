import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dbOf, ensureLifecycleTables, optedOutSql, releaseClaims } from "../../../lib/lifecycle/claims"

export const claimIdleLearnersStepId = "claim-idle-learners"

/** At most one nudge per enrollment (one course of one learner) in this long. */
export const IDLE_LEARNER_NUDGE_EVERY_MS = 30 * 86_400_000
const BATCH = 200

export type ClaimIdleLearnersInput = { now: string; after_days: number }

export type IdleLearner = {
  enrollment_id: string
  email: string
  first_name: string | null
  course_title: string
  course_handle: string
  lesson_id: string
  lesson_title: string
}

/** Active enrollments of a published course with a lesson left, their learner's address and first lesson not completed. */
const ENROLLMENTS_WITH_NEXT_LESSON = `
  SELECT e.id AS enrollment_id, cu.email, cu.first_name, co.title AS course_title, co.handle AS course_handle,
         nl.id AS lesson_id, nl.title AS lesson_title,
         greatest(e.enrolled_at, (
           SELECT max(lp.completed_at) FROM lesson_progress lp WHERE lp.enrollment_id = e.id AND lp.deleted_at IS NULL
         )) AS last_activity
  FROM enrollment e
  JOIN course co ON co.id = e.course_id AND co.deleted_at IS NULL AND co.status = 'published'
  JOIN customer cu ON cu.id = e.customer_id AND cu.deleted_at IS NULL AND coalesce(cu.email, '') <> ''
  JOIN LATERAL (
    SELECT l.id, l.title
    FROM course_section s
    JOIN course_lesson l ON l.section_id = s.id AND l.deleted_at IS NULL
    WHERE s.course_id = e.course_id AND s.deleted_at IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM lesson_progress lp WHERE lp.enrollment_id = e.id AND lp.lesson_id = l.id AND lp.deleted_at IS NULL
      )
    ORDER BY s.rank, l.rank, l.created_at
    LIMIT 1
  ) nl ON true
  WHERE e.deleted_at IS NULL AND e.status = 'active'`

/**
 * Finds the learners due a nudge and claims each in the same statement: an
 * active enrollment with a lesson left whose learner has done nothing for
 * `after_days` and has not opted out of marketing email, not nudged for that
 * course in the last 30 days. Medusa records no "lesson opened", so doing
 * something is the latest of enrolling and completing a lesson.
 * The claim row is per enrollment; a renewed claim (a month later) keeps the
 * time it replaces, so a failed send gives the old one back.
 */
export const claimIdleLearnersStep = createStep(
  claimIdleLearnersStepId,
  async (input: ClaimIdleLearnersInput, { container }) => {
    const db = dbOf(container)
    await ensureLifecycleTables(db)
    const now = new Date(input.now)
    const cutoff = new Date(now.getTime() - input.after_days * 86_400_000)
    const nudgedBefore = new Date(now.getTime() - IDLE_LEARNER_NUDGE_EVERY_MS)
    const { rows: claimed } = await db.raw(
      `WITH due AS (
         SELECT x.enrollment_id, x.email FROM (${ENROLLMENTS_WITH_NEXT_LESSON}) x
         WHERE x.last_activity <= :cutoff AND NOT ${optedOutSql("x.email")}
           AND NOT EXISTS (
             SELECT 1 FROM lifecycle_email_claim lc
             WHERE lc.kind = 'idle-learner' AND lc.subject_id = x.enrollment_id AND lc.sent_at > :nudgedBefore
           )
         ORDER BY x.last_activity
         LIMIT ${BATCH}
       )
       INSERT INTO lifecycle_email_claim (kind, subject_id, email, sent_at)
       SELECT 'idle-learner', enrollment_id, email, :now FROM due
       ON CONFLICT (kind, subject_id) DO UPDATE
         SET previous_sent_at = lifecycle_email_claim.sent_at, sent_at = excluded.sent_at, email = excluded.email
         WHERE lifecycle_email_claim.sent_at <= :nudgedBefore
       RETURNING subject_id, previous_sent_at`,
      { cutoff, nudgedBefore, now }
    )
    const claims = claimed as { subject_id: string; previous_sent_at: Date | null }[]
    if (!claims.length) return new StepResponse([] as IdleLearner[], claims)
    const { rows } = await db.raw(`SELECT * FROM (${ENROLLMENTS_WITH_NEXT_LESSON}) x WHERE x.enrollment_id = ANY(:ids)`, {
      ids: claims.map((c) => c.subject_id),
    })
    const learners = (rows as any[]).map(
      (r): IdleLearner => ({
        enrollment_id: r.enrollment_id,
        email: r.email,
        first_name: r.first_name ?? null,
        course_title: r.course_title,
        course_handle: r.course_handle,
        lesson_id: r.lesson_id,
        lesson_title: r.lesson_title,
      })
    )
    return new StepResponse(learners, claims)
  },
  async (claims, { container }) => {
    if (!claims?.length) return
    await releaseClaims(dbOf(container), "idle-learner", claims)
  }
)
