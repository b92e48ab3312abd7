import type { HttpTypes } from "@medusajs/types"
import type { Course } from "@/lib/data/courses"
import { formatAmount } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/prices"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import CourseCard from "@/modules/courses/components/course-card"
import styles from "./styles.module.css"

/** Every published course with its level, size and price in the country's currency. */
export default function CourseList({ courses, prices, countryCode }: { courses: Course[]; prices: Map<string, HttpTypes.StoreProduct>; countryCode: string }) {
  return (
    <PageContainer as="section" aria-labelledby="courses-heading">
      <PageHeader
        title="Courses"
        headingId="courses-heading"
        lead="Self-paced video and reading lessons, with a certificate when you finish. Buy once, keep for life."
      />
      {courses.length === 0 ? (
        <EmptyState title="No courses are open just now" testId="courses-empty">
          Please come back soon, or join the newsletter to hear when one opens.
        </EmptyState>
      ) : (
        <ul className={styles.list} data-testid="course-list">
          {courses.map((course) => {
            const product = course.product?.handle ? prices.get(course.product.handle) : undefined
            const price = product ? cheapestPrice(product) : null
            return (
              <CourseCard key={course.id} course={course} price={price ? formatAmount(price.amount, price.currencyCode) : null} countryCode={countryCode} />
            )
          })}
        </ul>
      )}
    </PageContainer>
  )
}
