import Link from "next/link"
import type { Course, Enrollment, LessonPage } from "@/lib/data/courses"
import CompleteLessonForm from "../../components/complete-lesson-form"
import CourseOutline from "../../components/course-outline"
import ProgressBar from "../../components/progress-bar"

/** A lesson: its video or text, previous and next, "Mark complete" and the learner's progress. */
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
  return (
    <div className="product-page" data-testid="lesson-page">
      <article>
        <p className="back-link">
          <Link href={`/${countryCode}/courses/${course.handle}`}>{course.title}</Link> · {lesson.section_title}
        </p>
        <h1 data-testid="lesson-title">{lesson.title}</h1>
        {active && <ProgressBar percent={active.progress.percent} label={`Progress in ${course.title}`} />}
        {lesson.kind === "video" && lesson.video_url && (
          <iframe
            src={lesson.video_url}
            title={`Video: ${lesson.title}`}
            width={640}
            height={360}
            style={{ maxWidth: "100%", border: 0 }}
            allow="encrypted-media; picture-in-picture"
            allowFullScreen
            loading="lazy"
            sandbox="allow-scripts allow-same-origin allow-presentation"
          />
        )}
        {/* Lesson text is plain text shown as paragraphs: never parsed as HTML. */}
        <div data-testid="lesson-body">
          {(lesson.body ?? "").split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
        {active ? (
          <CompleteLessonForm
            countryCode={countryCode}
            handle={course.handle}
            enrollmentId={active.id}
            lessonId={lesson.id}
            nextLessonId={page.next_lesson_id}
            done={active.progress.completed_lesson_ids.includes(lesson.id)}
          />
        ) : (
          <p className="notice" data-testid="preview-notice">
            This is a free preview. <Link href={`/${countryCode}/courses/${course.handle}`}>Buy the course</Link> to open every lesson.
          </p>
        )}
        <nav aria-label="Lessons" className="lesson-nav">
          {page.previous_lesson_id && (
            <Link href={`${base}/${page.previous_lesson_id}`} data-testid="previous-lesson">
              ← Previous lesson
            </Link>
          )}{" "}
          {page.next_lesson_id && (
            <Link href={`${base}/${page.next_lesson_id}`} data-testid="next-lesson">
              Next lesson →
            </Link>
          )}
        </nav>
      </article>
      <aside aria-label="Course outline">
        <CourseOutline
          sections={course.sections}
          countryCode={countryCode}
          handle={course.handle}
          enrolled={!!active}
          completed={active?.progress.completed_lesson_ids}
          current={lesson.id}
        />
      </aside>
    </div>
  )
}
