import Link from "next/link"
import type { CourseSection } from "@/lib/data/courses"
import Badge from "@/modules/common/components/badge"
import styles from "./styles.module.css"

const minutes = (m: number | null) => (m ? `${m} min` : null)

/**
 * The sections and lessons of a course. Free previews link to the lesson;
 * `completed` marks what a learner has done and `current` (aria-current) where they are.
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
  let number = 0
  return (
    <ol className={styles.sections} data-testid="course-outline">
      {sections.map((section) => (
        <li key={section.id} className={styles.section}>
          <h3 className={styles.sectionTitle}>{section.title}</h3>
          <ol className={styles.lessons}>
            {section.lessons.map((lesson) => {
              number += 1
              const open = enrolled || lesson.is_free_preview
              const done = completed.includes(lesson.id)
              const isCurrent = current === lesson.id
              const meta = [lesson.kind === "video" ? "Video" : "Reading", minutes(lesson.duration_minutes)].filter(Boolean).join(" · ")
              const title = (
                <>
                  <span className={styles.marker} aria-hidden="true" data-done={done || undefined}>
                    {done ? "✓" : number}
                  </span>
                  <span className={styles.text}>
                    <span className={styles.title}>
                      {lesson.title}
                      {done && <span className="visually-hidden"> (completed)</span>}
                    </span>
                    <span className={styles.meta}>
                      {meta}
                      {lesson.is_free_preview && !enrolled && (
                        <>
                          {" "}
                          <Badge tone="accent">Free preview</Badge>
                        </>
                      )}
                      {!open && <span className="visually-hidden"> (for enrolled learners)</span>}
                    </span>
                  </span>
                </>
              )
              return (
                <li key={lesson.id} data-testid="outline-lesson" data-done={done || undefined} data-current={isCurrent || undefined}>
                  {open ? (
                    <Link href={`/${countryCode}/learn/${handle}/${lesson.id}`} aria-current={isCurrent ? "page" : undefined} className={styles.row}>
                      {title}
                    </Link>
                  ) : (
                    <span className={`${styles.row} ${styles.locked}`}>{title}</span>
                  )}
                </li>
              )
            })}
          </ol>
        </li>
      ))}
    </ol>
  )
}
