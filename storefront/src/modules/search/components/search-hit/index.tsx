import Link from "next/link"
import { formatDate } from "@/lib/util/dates"
import { formatAmount } from "@/lib/util/money"
import { highlightRuns, KIND_LABELS, type SearchResult } from "@/lib/util/search-results"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import Highlighted from "../highlighted"
import styles from "./styles.module.css"

/** One thing found: its kind, its title with the matched words marked, a snippet, and a price or date. */
export default function SearchHit({ result, countryCode }: { result: SearchResult; countryCode: string }) {
  const href = `/${countryCode}${result.url === "/" ? "" : result.url}`
  const when = result.kind === "event" ? result.starts_at : result.kind === "post" ? result.published_at : null
  return (
    <Card as="li" tone="linked" className={styles.hit} data-testid="search-hit" data-kind={result.kind}>
      <div className={styles.meta}>
        <Badge tone={result.kind === "book" || result.kind === "course" ? "accent" : "neutral"}>{KIND_LABELS[result.kind].one}</Badge>
        {when && <time dateTime={when}>{formatDate(when)}</time>}
        {result.price && <span className="price">{formatAmount(result.price.amount, result.price.currency_code)}</span>}
      </div>
      <h3 className={styles.title}>
        <Link href={href}>
          <Highlighted runs={highlightRuns(result.title_html)} />
        </Link>
      </h3>
      {result.snippet_html && (
        <p className={styles.snippet}>
          <Highlighted runs={highlightRuns(result.snippet_html)} />
        </p>
      )}
    </Card>
  )
}
