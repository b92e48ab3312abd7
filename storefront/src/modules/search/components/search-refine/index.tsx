import Link from "next/link"
import {
  FORMAT_LABELS,
  SEARCH_SORTS,
  searchHref,
  SORT_LABELS,
  type SearchFacets,
  type SearchFormat,
  type SearchView,
} from "@/lib/util/search-results"
import styles from "./styles.module.css"

type Option = { key: string; label: string; count?: number; href: string; current: boolean }

function OptionGroup({ label, options, testId }: { label: string; options: Option[]; testId: string }) {
  if (options.length < 2) return null
  return (
    <div className={styles.group} role="group" aria-label={label} data-testid={testId}>
      <span className={styles.label}>{label}</span>
      <ul>
        {options.map((o) => (
          <li key={o.key}>
            <Link href={o.href} aria-current={o.current ? "true" : undefined} className={styles.option}>
              {o.label}
              {o.count !== undefined && <span className={styles.count}>{o.count}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Books by category and format (with how many matches each holds), and the
 * order: best match or newest. Links, like the kind filter.
 */
export default function SearchRefine({
  view,
  facets,
  categoryNames,
  countryCode,
}: {
  view: SearchView
  facets: SearchFacets
  categoryNames: Map<string, string>
  countryCode: string
}) {
  const href = (change: Partial<SearchView>) => searchHref(countryCode, { ...view, ...change })
  const books = !view.kind || view.kind === "book"
  const categories: Option[] = books
    ? [
        { key: "all", label: "Any category", href: href({ category: undefined }), current: !view.category },
        ...facets.category.map((c) => ({
          key: c.value,
          label: categoryNames.get(c.value) ?? c.value,
          count: c.count,
          href: href({ category: c.value }),
          current: view.category === c.value,
        })),
      ]
    : []
  const formats: Option[] = books
    ? [
        { key: "all", label: "Any format", href: href({ format: undefined }), current: !view.format },
        ...facets.format.map((f) => ({
          key: f.value,
          label: FORMAT_LABELS[f.value as SearchFormat] ?? f.value,
          count: f.count,
          href: href({ format: f.value as SearchFormat }),
          current: view.format === f.value,
        })),
      ]
    : []
  const sorts: Option[] = SEARCH_SORTS.map((s) => ({ key: s, label: SORT_LABELS[s], href: href({ sort: s }), current: view.sort === s }))
  return (
    <div className={styles.refine} data-testid="search-refine">
      <OptionGroup label="Book category" options={categories} testId="search-category-filter" />
      <OptionGroup label="Format" options={formats} testId="search-format-filter" />
      <OptionGroup label="Order" options={sorts} testId="search-sort" />
    </div>
  )
}
