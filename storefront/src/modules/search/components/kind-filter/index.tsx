import Link from "next/link"
import { KIND_LABELS, SEARCH_KINDS, type SearchKind } from "@/lib/util/search-results"
import styles from "./styles.module.css"

/** All kinds, or one: links, so the filter works without JavaScript and each view has its own URL. */
export default function KindFilter({ q, kind, countryCode }: { q: string; kind: SearchKind | null; countryCode: string }) {
  const href = (k: SearchKind | null) => `/${countryCode}/search?${new URLSearchParams(k ? { q, kind: k } : { q })}`
  const options: [SearchKind | null, string][] = [[null, "All"], ...SEARCH_KINDS.map((k): [SearchKind, string] => [k, KIND_LABELS[k].many])]
  return (
    <nav aria-label="Show only" className={styles.filter} data-testid="search-kind-filter">
      <ul>
        {options.map(([k, label]) => (
          <li key={label}>
            <Link href={href(k)} aria-current={k === kind ? "page" : undefined} className={styles.option}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
