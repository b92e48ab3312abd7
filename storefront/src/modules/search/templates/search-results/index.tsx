import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { groupByKind, KIND_LABELS, type SearchKind, type SearchResult } from "@/lib/util/search-results"
import { storeHref } from "@/lib/util/store-view"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import KindFilter from "../../components/kind-filter"
import SearchHit from "../../components/search-hit"
import styles from "./styles.module.css"

const counted = (n: number, kind: SearchKind) => `${n} ${n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}`.toLowerCase()

/** Everything found for a search, one section per kind (in the order of each kind's best match), or one kind. */
export default function SearchResults({
  q,
  kind,
  results,
  categories,
  countryCode,
}: {
  q: string
  kind: SearchKind | null
  results: SearchResult[]
  categories: HttpTypes.StoreProductCategory[]
  countryCode: string
}) {
  const groups = groupByKind(results)
  return (
    <PageContainer stack>
      <PageHeader
        title={`Search results for “${q}”`}
        lead={results.length ? <span data-testid="search-count">{results.length === 1 ? "1 result" : `${results.length} results`}</span> : undefined}
      />
      <KindFilter q={q} kind={kind} countryCode={countryCode} />
      {groups.length ? (
        groups.map((group) => (
          <section key={group.kind} aria-labelledby={`search-${group.kind}-heading`} className={styles.group} data-testid={`search-section-${group.kind}`}>
            <h2 id={`search-${group.kind}-heading`} className={styles.heading}>
              {KIND_LABELS[group.kind].many} <span data-testid={`search-count-${group.kind}`}>{counted(group.results.length, group.kind)}</span>
            </h2>
            <ul className={styles.list} data-testid="search-results">
              {group.results.map((result) => (
                <SearchHit key={result.url} result={result} countryCode={countryCode} />
              ))}
            </ul>
          </section>
        ))
      ) : (
        <EmptyState title={`Nothing matches “${q}”${kind ? ` in ${KIND_LABELS[kind].many.toLowerCase()}` : ""}`} testId="search-empty">
          <p>Try another word, or browse a category:</p>
          <ul className="tag-list" data-testid="category-suggestions">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={storeHref(countryCode, { category: category.handle })}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </EmptyState>
      )}
    </PageContainer>
  )
}
