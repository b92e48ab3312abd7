import type { ProductReviews } from "@/lib/data/reviews"
import { formatDate } from "@/lib/util/dates"
import RatingStars, { RatingSummary } from "../rating-stars"
import ReviewForm from "../review-form"
import styles from "./styles.module.css"

/** The book page's reviews: the summary, the signed-in buyer's form (a client island), and each review as plain text. */
export default function ReviewList({ productId, reviews }: { productId: string; reviews: ProductReviews }) {
  return (
    <section aria-labelledby="reviews-heading" className={styles.section} data-testid="reviews">
      <h2 id="reviews-heading">Reviews</h2>
      {reviews.count > 0 ? (
        <RatingSummary average={reviews.average} count={reviews.count} />
      ) : (
        <p className={styles.none}>No reviews yet. Readers who bought this book can write the first.</p>
      )}
      <ReviewForm productId={productId} />
      <ol className={styles.list}>
        {reviews.reviews.map((review) => (
          <li key={review.id} className={styles.review} data-testid="review">
            <RatingStars value={review.rating} size="sm" />
            {review.title && <h3 className={styles.title}>{review.title}</h3>}
            <p className={styles.body}>{review.body}</p>
            <p className={styles.meta}>
              {review.reader_name} · <time dateTime={review.created_at}>{formatDate(review.created_at)}</time>
              {review.verified_purchase && <span className={styles.verified}> · Verified purchase</span>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
