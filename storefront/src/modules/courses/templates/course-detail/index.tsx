import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Course } from "@/lib/data/courses"
import { formatAmount } from "@/lib/util/money"
import { variantPrice } from "@/lib/util/prices"
import Alert from "@/modules/common/components/alert"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import CourseAccess from "../../components/course-access"
import WishlistButton from "@/modules/wishlist/components/wishlist-button"
import CourseFacts from "../../components/course-facts"
import CourseOutline from "../../components/course-outline"
import styles from "./styles.module.css"

/** A course's page: what it teaches, its outline with free previews, its price and "Buy". */
export default function CourseDetail({ course, product, countryCode }: { course: Course; product: HttpTypes.StoreProduct | null; countryCode: string }) {
  const variant = product?.variants?.[0]
  const price = variant ? variantPrice(variant) : null
  const firstLesson = course.sections[0]?.lessons[0]
  return (
    <PageContainer as="article" data-testid="course-page">
      <PageHeader trail={[{ href: `/${countryCode}/courses`, label: "Courses" }]} title={course.title} titleTestId="course-title" lead={course.description}>
        <CourseFacts course={course} />
      </PageHeader>
      <div className={styles.layout}>
        <Card as="aside" aria-label="Enrol" className={styles.buy}>
          {price && variant ? (
            <>
              <p className={styles.price}>
                <span className="price" data-testid="course-price">
                  {formatAmount(price.amount, price.currencyCode)}
                </span>
              </p>
              <p className={styles.note}>Lifetime access, nothing to ship.</p>
              <CourseAccess countryCode={countryCode} handle={course.handle} variantId={variant.id} />
              {product && <WishlistButton productId={product.id} title={course.title} />}
            </>
          ) : (
            <>
              <Alert tone="info" live="none">
                This course is not on sale in this country yet.
              </Alert>
              <CourseAccess countryCode={countryCode} handle={course.handle} variantId={null} />
            </>
          )}
          {firstLesson?.is_free_preview && (
            <ul className={styles.links}>
              <li>
                <Link href={`/${countryCode}/learn/${course.handle}/${firstLesson.id}`}>Watch the free preview</Link>
              </li>
            </ul>
          )}
        </Card>
        <section aria-labelledby="outline-heading" className={styles.outline}>
          <h2 id="outline-heading">What you will learn</h2>
          <CourseOutline sections={course.sections} countryCode={countryCode} handle={course.handle} />
        </section>
      </div>
    </PageContainer>
  )
}
