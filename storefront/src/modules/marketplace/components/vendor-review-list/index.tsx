import type { VendorReview } from "@/lib/data/vendor-reviews"
import { formatDate } from "@/lib/util/dates"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

/** Readers' reviews of the vendor's products, as the shop shows them (text as plain text: React escapes it). */
export default function VendorReviewList({ reviews }: { reviews: VendorReview[] }) {
  return (
    <ul className={styles.list} data-testid="vendor-review-list">
      {reviews.map((review) => (
        <li key={review.id}>
          <Card as="article" data-testid="vendor-review">
            <p className={styles.product}>{review.product.title ?? "A product no longer listed"}</p>
            <p className={styles.meta}>
              <span role="img" aria-label={`${review.rating} out of 5 stars`} className={styles.stars}>
                {"★".repeat(review.rating)}
                <span className={styles.unlit}>{"★".repeat(5 - review.rating)}</span>
              </span>{" "}
              {review.reader_name} · {formatDate(review.created_at)}
            </p>
            {review.title ? <h3 className={styles.title}>{review.title}</h3> : null}
            <p className={styles.body} data-testid="vendor-review-body">{review.body}</p>
          </Card>
        </li>
      ))}
    </ul>
  )
}
