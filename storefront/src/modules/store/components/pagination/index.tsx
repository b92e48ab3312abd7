import Link from "next/link"
import { storeHref, type StoreView } from "@/lib/util/store-view"
import styles from "./styles.module.css"

export default function Pagination({ countryCode, view, pageCount }: { countryCode: string; view: StoreView; pageCount: number }) {
  if (pageCount <= 1) return null
  const href = (page: number) => storeHref(countryCode, { ...view, page })
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1)
  return (
    <nav aria-label="Pages" className={styles.pagination} data-testid="pagination">
      {view.page > 1 ? (
        <Link href={href(view.page - 1)} rel="prev" data-testid="previous-page">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" className={styles.disabled}>← Previous</span>
      )}
      <ol>
        {pages.map((page) => (
          <li key={page}>
            <Link href={href(page)} aria-current={page === view.page ? "page" : undefined} aria-label={`Page ${page}`}>
              {page}
            </Link>
          </li>
        ))}
      </ol>
      {view.page < pageCount ? (
        <Link href={href(view.page + 1)} rel="next" data-testid="next-page">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" className={styles.disabled}>Next →</span>
      )}
    </nav>
  )
}
