import type { Course } from "@/lib/data/courses"
import styles from "./styles.module.css"

const LEVELS: Record<string, string> = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" }

/** Level, number of lessons and running time, as one quiet line. */
export default function CourseFacts({ course }: { course: Pick<Course, "level" | "lesson_count" | "duration_minutes"> }) {
  const facts = [
    LEVELS[course.level] ?? course.level,
    `${course.lesson_count} ${course.lesson_count === 1 ? "lesson" : "lessons"}`,
    course.duration_minutes ? `${course.duration_minutes} min` : null,
  ].filter(Boolean)
  return (
    <ul className={styles.facts} aria-label="About this course">
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  )
}
