import Link from "next/link"
import type { Course } from "@/lib/data/courses"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import CourseFacts from "@/modules/courses/components/course-facts"
import styles from "./styles.module.css"

/** A course in the list: a cover (its own, or a lettered one), level, title, summary, size and price. */
export default function CourseCard({ course, price, countryCode }: { course: Course; price: string | null; countryCode: string }) {
  return (
    <Card as="li" tone="linked" className={styles.card} data-testid="course-card">
      <div className={styles.cover} aria-hidden="true">
        {course.cover_url ? <img src={course.cover_url} alt="" loading="lazy" /> : <span className={styles.initial}>{course.title.charAt(0)}</span>}
      </div>
      <div className={styles.body}>
        <Badge tone="accent">Online course</Badge>
        <h2 className={styles.title}>
          <Link href={`/${countryCode}/courses/${course.handle}`}>{course.title}</Link>
        </h2>
        {course.description && <p className={styles.description}>{course.description}</p>}
        <CourseFacts course={course} />
        {price && (
          <p className={styles.price}>
            <span className="price">{price}</span> · lifetime access
          </p>
        )}
      </div>
    </Card>
  )
}
