import Link from "next/link"
import type { CourseSection } from "@/lib/data/courses"

const minutes = (m: number | null) => (m ? `${m} min` : null)

/**
 * The sections and lessons of a course. Free previews link to the lesson;
 * `completed` marks what a learner has done and `current` where they are.
 */
export default function CourseOutline({
  sections,
  countryCode,
  handle,
  enrolled = false,
  completed = [],
  current,
}: {
  sections: CourseSection[]
  countryCode: string
  handle: string
  enrolled?: boolean
  completed?: string[]
  current?: string
}) {
  return (
    <ol className="course-outline" data-testid="course-outline">
      {sections.map((section) => (
        <li key={section.id}>
          <h3>{section.title}</h3>
          <ol>
            {section.lessons.map((lesson) => {
              const open = enrolled || lesson.is_free_preview
              const done = completed.includes(lesson.id)
              const meta = [lesson.kind === "video" ? "Video" : "Reading", minutes(lesson.duration_minutes)].filter(Boolean).join(" · ")
              return (
                <li key={lesson.id} data-testid="outline-lesson" data-done={done || undefined}>
                  {open ? (
                    <Link href={`/${countryCode}/learn/${handle}/${lesson.id}`} aria-current={current === lesson.id ? "page" : undefined}>
                      {done ? "✓ " : ""}
                      {lesson.title}
                    </Link>
                  ) : (
                    <span>{lesson.title}</span>
                  )}{" "}
                  <small>
                    {meta}
                    {lesson.is_free_preview && !enrolled ? " · Free preview" : ""}
                  </small>
                </li>
              )
            })}
          </ol>
        </li>
      ))}
    </ol>
  )
}
