import type { ResolvedBlock } from "@/lib/data/home"
import { formatAmount } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/prices"
import { ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

type CourseCard = Extract<ResolvedBlock, { blockType: "courseCard" }>

/**
 * A course sold as a Medusa product, with its current price. A handle Medusa
 * does not know (yet) renders nothing rather than a broken card.
 */
export default function CourseCardBlock({ block, countryCode, index }: { block: CourseCard; countryCode: string; index: number }) {
  const course = block.course.ok ? block.course.data?.products[0] : undefined
  if (!course) return null
  const price = cheapestPrice(course)
  const headingId = `course-heading-${index}`
  return (
    <Card as="section" aria-labelledby={headingId} className={styles.card} data-testid="course-card">
      <p className={styles.kicker}>Online course</p>
      <h2 id={headingId} className={styles.heading}>
        {block.heading || course.title}
      </h2>
      {block.heading && <p className={styles.title}>{course.title}</p>}
      {price && <p className="price">{formatAmount(price.amount, price.currencyCode)}</p>}
      <ButtonLink href={`/${countryCode}/products/${course.handle}`} variant="secondary">
        About the course
      </ButtonLink>
    </Card>
  )
}
