import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Course } from "@/lib/data/courses"
import { formatAmount } from "@/lib/util/money"
import { variantPrice } from "@/lib/util/prices"
import BuyCourseForm from "../../components/buy-course-form"
import CourseOutline from "../../components/course-outline"

/** A course's page: what it teaches, its outline with free previews, its price and "Buy". */
export default function CourseDetail({ course, product, countryCode }: { course: Course; product: HttpTypes.StoreProduct | null; countryCode: string }) {
  const variant = product?.variants?.[0]
  const price = variant ? variantPrice(variant) : null
  const firstLesson = course.sections[0]?.lessons[0]
  return (
    <article className="product-page" data-testid="course-page">
      <p className="back-link">
        <Link href={`/${countryCode}/courses`}>← All courses</Link>
      </p>
      <div>
        <h1 data-testid="course-title">{course.title}</h1>
        <p className="byline">
          {course.level} · {course.lesson_count} lessons{course.duration_minutes ? ` · ${course.duration_minutes} min` : ""}
        </p>
        {course.description && <p>{course.description}</p>}
        {price && variant ? (
          <>
            <p>
              <span className="price" data-testid="course-price">
                {formatAmount(price.amount, price.currencyCode)}
              </span>{" "}
              — lifetime access, nothing to ship
            </p>
            <BuyCourseForm countryCode={countryCode} handle={course.handle} variantId={variant.id} />
          </>
        ) : (
          <p className="notice">This course is not on sale in this country yet.</p>
        )}
        <p>
          Already enrolled? <Link href={`/${countryCode}/learn/${course.handle}`}>Continue learning</Link>
          {firstLesson?.is_free_preview && (
            <>
              {" · "}
              <Link href={`/${countryCode}/learn/${course.handle}/${firstLesson.id}`}>Watch the free preview</Link>
            </>
          )}
        </p>
      </div>
      <section aria-labelledby="outline-heading">
        <h2 id="outline-heading">What you will learn</h2>
        <CourseOutline sections={course.sections} countryCode={countryCode} handle={course.handle} />
      </section>
    </article>
  )
}
