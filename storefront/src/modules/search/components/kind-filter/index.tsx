import Link from "next/link"
import { KIND_LABELS, SEARCH_KINDS, searchHref, type FacetCount, type SearchKind, type SearchView } from "@/lib/util/search-results"
import styles from "./styles.module.css"

/**
 * All kinds, or one, each with how many matches it holds (kinds with none
 * are left out): links, so the filter works without JavaScript and each view
 * has its own URL. Choosing a kind other than books drops the book filters.
 */
export default function KindFilter({ view, counts, countryCode }: { view: SearchView; counts: FacetCount[]; countryCode: string }) {
  const count = new Map(counts.map((c) => [c.value, c.count]))
  const total = counts.reduce((sum, c) => sum + c.count, 0)
  const href = (k: SearchKind | null) =>
    searchHref(countryCode, k && k !== "book" ? { q: view.q, kind: k, sort: view.sort } : { ...view, kind: k })
  const options: [SearchKind | null, string, number][] = [
    [null, "All", total],
    ...SEARCH_KINDS.filter((k) => count.has(k) || k === view.kind).map((k): [SearchKind, string, number] => [k, KIND_LABELS[k].many, count.get(k) ?? 0]),
  ]
  return (
    <nav aria-label="Show only" className={styles.filter} data-testid="search-kind-filter">
      <ul>
        {options.map(([k, label, n]) => (
          <li key={label}>
            <Link href={href(k)} aria-current={k === view.kind ? "page" : undefined} className={styles.option}>
              {label} <span className={styles.count} data-testid={`search-kind-count-${k ?? "all"}`}>{n}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
