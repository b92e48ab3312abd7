import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { groupByKind, KIND_LABELS, searchHref, type SearchAnswer, type SearchKind, type SearchView } from "@/lib/util/search-results"
import { storeHref } from "@/lib/util/store-view"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import KindFilter from "../../components/kind-filter"
import SearchHit from "../../components/search-hit"
import SearchRefine from "../../components/search-refine"
import styles from "./styles.module.css"

const counted = (n: number, kind: SearchKind) => `${n} ${n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}`.toLowerCase()

/**
 * Everything found for a search, one section per kind (in the order of each
 * kind's best match), or one kind; filters with their counts, and the order.
 * Nothing found: the nearest query that finds something, and the categories
 * with most books.
 */
export default function SearchResults({
  view,
  answer,
  categories,
  countryCode,
}: {
  view: SearchView
  answer: SearchAnswer
  categories: HttpTypes.StoreProductCategory[]
  countryCode: string
}) {
  const { results, facets } = answer
  const groups = view.sort === "newest" ? [] : groupByKind(results)
  const categoryNames = new Map(categories.map((c) => [c.handle, c.name]))
  const popular = answer.popular_categories.filter((c) => categoryNames.has(c.value))
  const tryCategories = popular.length ? popular.map((c) => c.value) : categories.map((c) => c.handle)
  const total = facets.total
  return (
    <PageContainer stack>
      <PageHeader
        title={`Search results for “${view.q}”`}
        lead={total ? <span data-testid="search-count">{facets.capped ? `${total}+ results` : total === 1 ? "1 result" : `${total} results`}</span> : undefined}
      />
      <KindFilter view={view} counts={facets.kind} countryCode={countryCode} />
      {results.length > 0 && <SearchRefine view={view} facets={facets} categoryNames={categoryNames} countryCode={countryCode} />}
      {results.length === 0 ? (
        <EmptyState title={`Nothing matches “${view.q}”${view.kind ? ` in ${KIND_LABELS[view.kind].many.toLowerCase()}` : ""}`} testId="search-empty">
          {answer.did_you_mean && (
            <p data-testid="search-did-you-mean">
              Did you mean <Link href={searchHref(countryCode, { q: answer.did_you_mean, kind: null, sort: "relevance" })}>{answer.did_you_mean}</Link>?
            </p>
          )}
          <p>Try another word, or browse {popular.length ? "a popular category" : "a category"}:</p>
          <ul className="tag-list" data-testid="category-suggestions">
            {tryCategories.map((handle) => (
              <li key={handle}>
                <Link href={storeHref(countryCode, { category: handle })}>{categoryNames.get(handle) ?? handle}</Link>
              </li>
            ))}
          </ul>
        </EmptyState>
      ) : view.sort === "newest" ? (
        <ul className={styles.list} data-testid="search-results">
          {results.map((result) => (
            <SearchHit key={result.url} result={result} countryCode={countryCode} />
          ))}
        </ul>
      ) : (
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
      )}
    </PageContainer>
  )
}
