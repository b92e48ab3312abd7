import Link from "next/link"
import type { Course, Enrollment, LessonPage } from "@/lib/data/courses"
import SignInToContinue from "@/modules/account/components/sign-in-to-continue"
import Alert from "@/modules/common/components/alert"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import CompleteLessonForm from "../../components/complete-lesson-form"
import CourseOutline from "../../components/course-outline"
import LessonAttachments from "../../components/lesson-attachments"
import LessonContent from "../../components/lesson-content"
import LessonKeys from "../../components/lesson-keys"
import LessonQuiz from "../../components/lesson-quiz"
import ProgressBar from "../../components/progress-bar"
import styles from "./styles.module.css"

/** A lesson: its video (full width, 16:9) or text, "Mark complete", previous and next, and the lesson list with this one marked. */
export default function LessonView({
  page,
  course,
  enrollment,
  countryCode,
}: {
  page: LessonPage
  course: Course
  enrollment: Enrollment | null
  countryCode: string
}) {
  const { lesson } = page
  const base = `/${countryCode}/learn/${course.handle}`
  const active = enrollment && enrollment.status !== "revoked" ? enrollment : null
  const previousHref = page.previous_lesson_id ? `${base}/${page.previous_lesson_id}` : null
  const nextHref = page.next_lesson_id ? `${base}/${page.next_lesson_id}` : null
  return (
    <PageContainer className={styles.player} data-testid="lesson-page">
      <article className={styles.lesson} aria-labelledby="lesson-title">
        <p className={styles.trail}>
          <Link href={`/${countryCode}/courses/${course.handle}`}>{course.title}</Link>
          <span aria-hidden="true"> › </span>
          {lesson.section_title}
        </p>
        {lesson.kind === "video" && lesson.video_url && (
          <div className={styles.video}>
            <iframe
              src={lesson.video_url}
              title={`Video: ${lesson.title}`}
              allow="encrypted-media; picture-in-picture; fullscreen"
              allowFullScreen
              loading="lazy"
              sandbox="allow-scripts allow-same-origin allow-presentation"
            />
          </div>
        )}
        <h1 id="lesson-title" className={styles.title} data-testid="lesson-title">
          {lesson.title}
        </h1>
        {active && <ProgressBar percent={active.progress.percent} label={`Progress in ${course.title}`} />}
        {lesson.duration_minutes ? (
          <p className={styles.duration} data-testid="lesson-duration">
            {lesson.kind === "video" ? "Video" : "Reading"} · {lesson.duration_minutes} min
          </p>
        ) : null}
        <LessonContent html={lesson.body_html} />
        {active && <LessonAttachments attachments={lesson.attachments ?? []} enrollmentId={active.id} countryCode={countryCode} back={`${base}/${lesson.id}`} />}
        {active && page.quiz ? (
          <LessonQuiz quiz={page.quiz} countryCode={countryCode} handle={course.handle} enrollmentId={active.id} lessonId={lesson.id} />
        ) : active ? (
          <CompleteLessonForm
            countryCode={countryCode}
            handle={course.handle}
            enrollmentId={active.id}
            lessonId={lesson.id}
            nextLessonId={page.next_lesson_id}
            done={active.progress.completed_lesson_ids.includes(lesson.id)}
          />
        ) : (
          <Alert tone="info" live="none" testId="preview-notice">
            <p>
              This is a free preview. <Link href={`/${countryCode}/courses/${course.handle}`}>Buy the course</Link> to open every lesson.
              <SignInToContinue countryCode={countryCode} />
            </p>
          </Alert>
        )}
        <nav aria-label="Previous and next lesson" className={styles.steps}>
          {previousHref && (
            <Link href={previousHref} className={styles.step} aria-keyshortcuts="[" data-testid="previous-lesson">
              <span aria-hidden="true">←</span> Previous lesson
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} className={`${styles.step} ${styles.next}`} aria-keyshortcuts="]" data-testid="next-lesson">
              Next lesson <span aria-hidden="true">→</span>
            </Link>
          )}
        </nav>
        <LessonKeys previousHref={previousHref} nextHref={nextHref} />
      </article>
      <Card as="aside" aria-labelledby="outline-heading" className={styles.outline}>
        <h2 id="outline-heading" className={styles.outlineHeading}>
          Lessons
        </h2>
        <CourseOutline
          sections={course.sections}
          countryCode={countryCode}
          handle={course.handle}
          enrolled={!!active}
          completed={active?.progress.completed_lesson_ids}
          current={lesson.id}
        />
      </Card>
    </PageContainer>
  )
}
