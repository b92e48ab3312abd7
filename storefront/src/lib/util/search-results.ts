/** What commerce's search answers, and how the storefront shows it (shared by server and client code). */
export const SEARCH_KINDS = ["book", "course", "post", "event", "page", "discussion"] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export type SearchResult = {
  kind: SearchKind
  /** Escaped text with <mark> around matched words: nothing else. */
  title_html: string
  snippet_html: string
  /** The storefront path below the country code. */
  url: string
  published_at: string | null
  starts_at: string | null
  price: { amount: number; currency_code: string } | null
}

export const SEARCH_SORTS = ["relevance", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const SEARCH_FORMATS = ["print", "ebook"] as const
export type SearchFormat = (typeof SEARCH_FORMATS)[number]
export const SORT_LABELS: Record<SearchSort, string> = { relevance: "Best match", newest: "Newest" }
export const FORMAT_LABELS: Record<SearchFormat, string> = { print: "Print", ebook: "Ebook" }

export type FacetCount = { value: string; count: number }
/** Counts over every match: by kind (whatever filter is on), and for books by category and format. */
export type SearchFacets = {
  total: number
  /** The query matched more than commerce counts: the counts are of its newest matches. */
  capped: boolean
  kind: FacetCount[]
  category: FacetCount[]
  format: FacetCount[]
}
export type SearchAnswer = {
  results: SearchResult[]
  facets: SearchFacets
  /** Nothing found: the nearest query that finds something. */
  did_you_mean: string | null
  /** Nothing found: category handles with the most books. */
  popular_categories: FacetCount[]
}

/** What the results page shows: the query, and the filters and order chosen. */
export type SearchView = { q: string; kind: SearchKind | null; category?: string; format?: SearchFormat; sort: SearchSort }

/** The results page's URL for a view (defaults left out), from any page of the country. */
export function searchHref(countryCode: string, view: SearchView): string {
  const params = new URLSearchParams({ q: view.q })
  if (view.kind) params.set("kind", view.kind)
  if (view.category) params.set("category", view.category)
  if (view.format) params.set("format", view.format)
  if (view.sort !== "relevance") params.set("sort", view.sort)
  return `/${countryCode}/search?${params}`
}

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  book: { one: "Book", many: "Books" },
  course: { one: "Course", many: "Courses" },
  post: { one: "Post", many: "Posts" },
  event: { one: "Event", many: "Events" },
  page: { one: "Page", many: "Pages" },
  discussion: { one: "Discussion", many: "Discussions" },
}

export const isSearchKind = (value: unknown): value is SearchKind =>
  typeof value === "string" && (SEARCH_KINDS as readonly string[]).includes(value)

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" }

/**
 * Commerce's highlighted text as plain runs, each marked or not, for React to
 * render as text (so nothing in it is ever read as markup here): <mark> is
 * the only tag it holds and the five entities it escapes are turned back.
 */
export function highlightRuns(html: string): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = []
  html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = part.startsWith("<mark>") && part.endsWith("</mark>")
    const raw = marked ? part.slice(6, -7) : part
    const text = raw.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
    if (text) runs.push({ text, marked })
  })
  return runs
}

/** Results in kind order (the order commerce ranked each kind's best), each kind's in rank order. */
export function groupByKind(results: SearchResult[]): { kind: SearchKind; results: SearchResult[] }[] {
  const groups = new Map<SearchKind, SearchResult[]>()
  for (const result of results) groups.set(result.kind, [...(groups.get(result.kind) ?? []), result])
  return [...groups].map(([kind, items]) => ({ kind, results: items }))
}
