import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { storeHref, type StoreView } from "@/lib/util/store-view"
import styles from "./styles.module.css"

type Option = { label: string; href: string; current: boolean }

function FilterGroup({ label, testId, options }: { label: string; testId: string; options: Option[] }) {
  return (
    <nav aria-label={label} className={styles.group} data-testid={testId}>
      <h2 className={styles.heading}>{label}</h2>
      <ul>
        {options.map((option) => (
          <li key={option.label}>
            <Link href={option.href} aria-current={option.current ? "true" : undefined} className={styles.option}>
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * Filters and sort as plain links: they work without JavaScript, and each
 * target is a cached listing page.
 */
export default function StoreFilters({
  countryCode,
  view,
  categories,
  collections,
}: {
  countryCode: string
  view: StoreView
  categories: HttpTypes.StoreProductCategory[]
  collections: HttpTypes.StoreCollection[]
}) {
  // Changing a filter starts again at page 1.
  const href = (change: Partial<StoreView>) => storeHref(countryCode, { ...view, page: 1, ...change })
  const option = (label: string, change: Partial<StoreView>, current: boolean): Option => ({
    label,
    href: href(change),
    current,
  })
  return (
    <div className={styles.filters}>
      <FilterGroup
        label="Category"
        testId="filter-category"
        options={[
          option("All categories", { category: undefined }, !view.category),
          ...categories.map((c) => option(c.name, { category: c.handle }, view.category === c.handle)),
        ]}
      />
      <FilterGroup
        label="Collection"
        testId="filter-collection"
        options={[
          option("All collections", { collection: undefined }, !view.collection),
          ...collections.map((c) => option(c.title, { collection: c.handle }, view.collection === c.handle)),
        ]}
      />
      <FilterGroup
        label="Format"
        testId="filter-format"
        options={[
          option("Any format", { format: undefined }, !view.format),
          option("Print", { format: "print" }, view.format === "print"),
          option("Ebook", { format: "ebook" }, view.format === "ebook"),
        ]}
      />
      <FilterGroup
        label="Sort by"
        testId="sort"
        options={[
          option("Newest", { sort: "newest" }, view.sort === "newest"),
          option("Price: low to high", { sort: "price_asc" }, view.sort === "price_asc"),
          option("Price: high to low", { sort: "price_desc" }, view.sort === "price_desc"),
        ]}
      />
    </div>
  )
}
