import styles from "./styles.module.css"

/** Stars out of five (halves rounded to the nearest whole star), read out as "4.5 out of 5 stars". */
export default function RatingStars({ value, size = "md" }: { value: number; size?: "sm" | "md" }) {
  const full = Math.round(value)
  return (
    <span className={`${styles.stars} ${size === "sm" ? styles.sm : ""}`} role="img" aria-label={`${value} out of 5 stars`}>
      <span aria-hidden="true">{"★".repeat(full)}</span>
      <span aria-hidden="true" className={styles.empty}>
        {"★".repeat(5 - full)}
      </span>
    </span>
  )
}

/** "★★★★☆ 4.5 (12 reviews)": nothing at all while a product has no reviews. */
export function RatingSummary({ average, count, size = "md", testId }: { average: number | null; count: number; size?: "sm" | "md"; testId?: string }) {
  if (!count || average === null) return null
  return (
    <span className={styles.summary} data-testid={testId}>
      <RatingStars value={average} size={size} />
      <span className={styles.figures}>
        <span data-testid={testId && `${testId}-average`}>{average.toFixed(1)}</span> ({count} {count === 1 ? "review" : "reviews"})
      </span>
    </span>
  )
}
