import Link from "next/link"
import type { ResolvedBlock } from "@/lib/data/home"
import { formatAmount } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/prices"

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
    <section aria-labelledby={headingId} className="notice" data-testid="course-card">
      <h2 id={headingId}>{block.heading || course.title}</h2>
      {block.heading && <p>{course.title}</p>}
      {price && <p className="price">{formatAmount(price.amount, price.currencyCode)}</p>}
      <Link href={`/${countryCode}/products/${course.handle}`}>About the course →</Link>
    </section>
  )
}
