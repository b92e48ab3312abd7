import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Course } from "@/lib/data/courses"
import { formatAmount } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/prices"

/** Every published course with its level, size and price in the country's currency. */
export default function CourseList({ courses, prices, countryCode }: { courses: Course[]; prices: Map<string, HttpTypes.StoreProduct>; countryCode: string }) {
  return (
    <section aria-labelledby="courses-heading">
      <h1 id="courses-heading">Courses</h1>
      {courses.length === 0 ? (
        <p className="notice" data-testid="courses-empty">No courses are open just now. Please come back soon.</p>
      ) : (
        <ul className="post-list" data-testid="course-list">
          {courses.map((course) => {
            const product = course.product?.handle ? prices.get(course.product.handle) : undefined
            const price = product ? cheapestPrice(product) : null
            return (
              <li key={course.id} className="post-card" data-testid="course-card">
                <h2>
                  <Link href={`/${countryCode}/courses/${course.handle}`}>{course.title}</Link>
                </h2>
                {course.description && <p>{course.description}</p>}
                <p>
                  {course.level} · {course.lesson_count} lessons
                  {course.duration_minutes ? ` · ${course.duration_minutes} min` : ""}
                  {price && (
                    <>
                      {" · "}
                      <span className="price">{formatAmount(price.amount, price.currencyCode)}</span>
                    </>
                  )}
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
