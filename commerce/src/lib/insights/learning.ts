import { IN_PERIOD, select, type Db } from "./sql"

/** Each course's lessons that still exist: progress is measured against them. */
const LESSON_COUNTS = `
  lesson_counts AS (
    SELECT s.course_id, count(l.id)::int AS lessons
      FROM course_section s JOIN course_lesson l ON l.section_id = s.id AND l.deleted_at IS NULL
     WHERE s.deleted_at IS NULL GROUP BY s.course_id)`

/** Lessons an enrollment completed (of its course's current lessons) and when it last completed one. */
const PROGRESS_OF = (enrollment: string) => `
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS done, max(p.completed_at) AS last_activity_at
      FROM lesson_progress p
      JOIN course_lesson l ON l.id = p.lesson_id AND l.deleted_at IS NULL
      JOIN course_section s ON s.id = l.section_id AND s.deleted_at IS NULL AND s.course_id = ${enrollment}.course_id
     WHERE p.enrollment_id = ${enrollment}.id AND p.deleted_at IS NULL
  ) progress ON true`

const PROGRESS_SHARE = `CASE WHEN coalesce(lc.lessons, 0) > 0 THEN least(progress.done::numeric / lc.lessons, 1) ELSE 0 END`

export type CourseLearning = {
  course_id: string
  title: string
  lessons: number
  enrolled: number
  enrolled_in_period: number
  active_30d: number
  median_progress: number | null
  completed: number
  completion_rate: number | null
  certificates: number
}

/**
 * Per course, over its learners (revoked enrollments do not count): how many,
 * how many new in the period, how many completed a lesson in the last 30
 * days, the median share of lessons done, the share who finished, and the
 * certificates they hold.
 */
export async function courseLearning(db: Db, bindings: Record<string, unknown>): Promise<CourseLearning[]> {
  const rows = await select<Omit<CourseLearning, "completion_rate" | "median_progress"> & { median_progress: number | null }>(
    db,
    `WITH ${LESSON_COUNTS}
     SELECT c.id AS course_id, c.title, coalesce(lc.lessons, 0) AS lessons,
            count(e.id)::int AS enrolled,
            count(e.id) FILTER (WHERE ${IN_PERIOD("e.enrolled_at")})::int AS enrolled_in_period,
            count(e.id) FILTER (WHERE progress.last_activity_at >= now() - interval '30 days')::int AS active_30d,
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${PROGRESS_SHARE}) FILTER (WHERE e.id IS NOT NULL))::float AS median_progress,
            count(e.id) FILTER (WHERE e.status = 'completed')::int AS completed,
            count(ct.id)::int AS certificates
       FROM course c
       LEFT JOIN lesson_counts lc ON lc.course_id = c.id
       LEFT JOIN enrollment e ON e.course_id = c.id AND e.deleted_at IS NULL AND e.status <> 'revoked'
       ${PROGRESS_OF("e")}
       LEFT JOIN certificate ct ON ct.enrollment_id = e.id AND ct.deleted_at IS NULL
      WHERE c.deleted_at IS NULL
      GROUP BY c.id, c.title, lc.lessons
      ORDER BY 4 DESC, c.title`,
    bindings
  )
  return rows.map((r) => ({
    ...r,
    median_progress: r.median_progress === null ? null : Math.round(r.median_progress * 1000) / 1000,
    completion_rate: r.enrolled ? Math.round((r.completed / r.enrolled) * 1000) / 1000 : null,
  }))
}

export type LearnerRow = {
  enrollment_id: string
  customer_id: string
  email: string | null
  name: string | null
  course_id: string
  course: string
  status: "active" | "completed" | "revoked"
  enrolled_at: Date
  completed_at: Date | null
  lessons_done: number
  lessons: number
  progress: number
  last_activity_at: Date | null
  certificate_code: string | null
}

/**
 * Learners who enrolled in the period (optionally in one course), newest
 * first, from the row after (`after_at`, `after_id`): the table's pages and
 * the export's batches read the same rows. `cursor_at` is the enrolment time
 * exactly (microseconds), for the next batch.
 */
export const LEARNER_ROWS = `
  WITH ${LESSON_COUNTS}
  SELECT e.enrolled_at::text AS cursor_at, e.id AS enrollment_id, e.customer_id, cu.email, nullif(trim(concat_ws(' ', cu.first_name, cu.last_name)), '') AS name,
         c.id AS course_id, c.title AS course, e.status, e.enrolled_at, e.completed_at,
         coalesce(progress.done, 0) AS lessons_done, coalesce(lc.lessons, 0) AS lessons,
         round(${PROGRESS_SHARE}, 3)::float AS progress, progress.last_activity_at, ct.code AS certificate_code
    FROM enrollment e
    JOIN course c ON c.id = e.course_id
    LEFT JOIN lesson_counts lc ON lc.course_id = c.id
    LEFT JOIN customer cu ON cu.id = e.customer_id
    ${PROGRESS_OF("e")}
    LEFT JOIN certificate ct ON ct.enrollment_id = e.id AND ct.deleted_at IS NULL
   WHERE e.deleted_at IS NULL AND ${IN_PERIOD("e.enrolled_at")}
     AND (:course_id::text IS NULL OR e.course_id = :course_id)
     AND (e.enrolled_at, e.id) < (:after_at::timestamptz, :after_id::text)
   ORDER BY e.enrolled_at DESC, e.id DESC
   LIMIT :limit`

/** A page of the period's learners and how many there are in all. */
export async function learnersPage(db: Db, bindings: Record<string, unknown>, page: { limit: number; offset: number; course_id?: string }) {
  const [{ count }] = await select<{ count: number }>(
    db,
    `SELECT count(*)::int AS count FROM enrollment e
      WHERE e.deleted_at IS NULL AND ${IN_PERIOD("e.enrolled_at")} AND (:course_id::text IS NULL OR e.course_id = :course_id)`,
    { ...bindings, course_id: page.course_id ?? null }
  )
  const rows = await select<LearnerRow & { cursor_at: string }>(db, `${LEARNER_ROWS} OFFSET :offset`, {
    ...bindings,
    course_id: page.course_id ?? null,
    after_at: "infinity",
    after_id: "",
    limit: page.limit,
    offset: page.offset,
  })
  return { learners: rows.map(({ cursor_at, ...learner }) => learner), count, limit: page.limit, offset: page.offset }
}
