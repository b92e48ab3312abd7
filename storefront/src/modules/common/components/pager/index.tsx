import Link from "next/link"
import styles from "./styles.module.css"

type Props = {
  /** What is being paged, for screen readers: "Blog pages", "Reply pages". */
  label: string
  page: number
  pages: number
  href: (page: number) => string
  previousLabel?: string
  nextLabel?: string
  testId?: string
}

/** Previous · page n of m · next, for any list split into pages. Nothing when there is one page. */
export default function Pager({ label, page, pages, href, previousLabel = "Previous", nextLabel = "Next", testId = "pagination" }: Props) {
  if (pages <= 1) return null
  return (
    <nav aria-label={label} className={styles.pager} data-testid={testId}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={styles.step} data-testid="previous-page">
          <span aria-hidden="true">←</span> {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <span className={styles.position}>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={styles.step} data-testid="next-page">
          {nextLabel} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
