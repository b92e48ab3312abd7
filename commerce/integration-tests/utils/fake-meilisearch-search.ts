import { filterOf, MeiliError, type Doc } from "./fake-meilisearch-filter"

export { filterOf, MeiliError, type Doc }

/**
 * The search half of the fake Meilisearch (fake-meilisearch.ts): query
 * terms, typo tolerance, prefix and phrase matching, facets, sort,
 * highlighting and cropping, as Meilisearch v1 documents them, for the subset
 * of its API the search module uses (filters: fake-meilisearch-filter.ts).
 * Matching follows matchingStrategy "all".
 */

export type Settings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  rankingRules: string[]
  stopWords: string[]
  typoTolerance: { enabled: boolean; minWordSizeForTypos: { oneTypo: number; twoTypos: number } }
}
export const DEFAULT_SETTINGS: Settings = {
  searchableAttributes: ["*"],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  stopWords: [],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
}

const WORD = /[\p{L}\p{N}]+/gu
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()

type Term = { text: string; prefix: boolean }
type Query = { terms: Term[]; phrases: string[][] }

/** Quoted phrases, loose words (stop words dropped), and the last word a prefix unless the query ends in a separator. */
function parseQuery(q: string, settings: Settings): Query {
  const phrases: string[][] = []
  const loose = q.replace(/"([^"]*)"?/g, (_m, inner: string) => {
    const words = (fold(inner).match(WORD) ?? []).filter((w) => !settings.stopWords.includes(w))
    if (words.length) phrases.push(words)
    return " "
  })
  const words = (fold(loose).match(WORD) ?? []).filter((w) => !settings.stopWords.includes(w))
  const endsInWord = /[\p{L}\p{N}]$/u.test(q) && fold(loose).trimEnd() === fold(loose)
  return { terms: words.map((text, i) => ({ text, prefix: endsInWord && i === words.length - 1 })), phrases }
}

/** Optimal string alignment distance; a typo on the first letter counts twice, as Meilisearch counts it. */
function typos(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length] + (a[0] !== b[0] ? 1 : 0)
}

/** How many typos `word` costs as a match of `term` (null when it is none); for a prefix, how much of the word matched. */
function matchWord(term: Term, word: string, settings: Settings): { typos: number; length: number } | null {
  if (word === term.text) return { typos: 0, length: word.length }
  if (term.prefix && word.startsWith(term.text)) return { typos: 0, length: term.text.length }
  const { enabled, minWordSizeForTypos } = settings.typoTolerance
  const allowed = !enabled ? 0 : term.text.length >= minWordSizeForTypos.twoTypos ? 2 : term.text.length >= minWordSizeForTypos.oneTypo ? 1 : 0
  if (!allowed) return null
  const whole = typos(term.text, word)
  if (whole <= allowed) return { typos: whole, length: word.length }
  if (term.prefix && word.length > term.text.length && typos(term.text, word.slice(0, term.text.length)) <= allowed) {
    return { typos: typos(term.text, word.slice(0, term.text.length)), length: term.text.length }
  }
  return null
}

const wordsOf = (value: unknown) => (typeof value === "string" ? fold(value).match(WORD) ?? [] : [])
const searchable = (doc: Doc, settings: Settings) =>
  settings.searchableAttributes[0] === "*" ? Object.keys(doc).filter((k) => k !== "id") : settings.searchableAttributes

/** Whether every term and phrase matches, and how well: [best attribute, typos]. */
function rankOf(doc: Doc, query: Query, settings: Settings): [number, number] | null {
  const attributes = searchable(doc, settings).map((a) => wordsOf(doc[a]))
  let best = Infinity
  let spent = 0
  for (const term of query.terms) {
    let cheapest: { typos: number; attribute: number } | null = null
    attributes.forEach((words, attribute) => {
      for (const word of words) {
        const m = matchWord(term, word, settings)
        if (m && (!cheapest || m.typos < cheapest.typos || (m.typos === cheapest.typos && attribute < cheapest.attribute))) cheapest = { typos: m.typos, attribute }
      }
    })
    if (!cheapest) return null
    spent += (cheapest as { typos: number }).typos
    best = Math.min(best, (cheapest as { attribute: number }).attribute)
  }
  for (const phrase of query.phrases) {
    const at = attributes.findIndex((words) => words.some((_w, i) => phrase.every((p, k) => words[i + k] === p)))
    if (at < 0) return null
    best = Math.min(best, at)
  }
  return [best === Infinity ? 0 : best, spent]
}

// --- Highlighting and cropping.

function highlight(text: string, query: Query, settings: Settings, pre: string, post: string): string {
  const phraseWords = new Set(query.phrases.flat())
  return text.replace(WORD, (word) => {
    const folded = fold(word)
    if (phraseWords.has(folded)) return `${pre}${word}${post}`
    const m = query.terms.map((t) => matchWord(t, folded, settings)).find(Boolean)
    if (!m) return word
    // A prefix match marks only the letters typed.
    const cut = m.length < folded.length ? m.length : word.length
    return `${pre}${word.slice(0, cut)}${post}${word.slice(cut)}`
  })
}

function crop(text: string, query: Query, settings: Settings, length: number, marker: string): string {
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length <= length) return text
  const matches = (chunk: string) =>
    (fold(chunk).match(WORD) ?? []).some((w) => query.phrases.flat().includes(w) || query.terms.some((t) => matchWord(t, w, settings)))
  const first = words.findIndex(matches)
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor((length - 1) / 2), words.length - length))
  const end = start + length
  return `${start > 0 ? marker : ""}${words.slice(start, end).join(" ")}${end < words.length ? marker : ""}`
}

export type SearchBody = {
  q?: string
  filter?: unknown
  facets?: string[]
  sort?: string[]
  limit?: number
  offset?: number
  attributesToRetrieve?: string[]
  attributesToHighlight?: string[]
  attributesToCrop?: string[]
  cropLength?: number
  cropMarker?: string
  highlightPreTag?: string
  highlightPostTag?: string
  showRankingScore?: boolean
  matchingStrategy?: string
}

/** One search of one index's documents, answered as POST /indexes/{uid}/search does. */
export function searchDocuments(docs: Doc[], body: SearchBody, settings: Settings) {
  const started = Date.now()
  const query = parseQuery(body.q ?? "", settings)
  const filter = filterOf(body.filter, settings)
  const [sortAttribute, direction] = (body.sort?.[0] ?? "").split(":")
  if (sortAttribute && !settings.sortableAttributes.includes(sortAttribute)) {
    throw new MeiliError(400, "invalid_search_sort", `Attribute \`${sortAttribute}\` is not sortable. Available sortable attributes are: \`${settings.sortableAttributes.join(", ")}\`.`)
  }
  for (const facet of body.facets ?? []) {
    if (!settings.filterableAttributes.includes(facet)) {
      throw new MeiliError(400, "invalid_search_facets", `Invalid facet distribution, attribute \`${facet}\` is not filterable. The available filterable attributes are \`${settings.filterableAttributes.join(", ")}\`.`)
    }
  }
  const matched = docs.flatMap((doc) => {
    const rank = filter(doc) ? rankOf(doc, query, settings) : null
    return rank ? [{ doc, rank }] : []
  })
  const bySort = (a: Doc, b: Doc) => {
    if (!sortAttribute) return 0
    const [x, y] = [a[sortAttribute], b[sortAttribute]]
    if (x === y) return 0
    if (x === undefined || x === null) return 1
    if (y === undefined || y === null) return -1
    return (x < y ? -1 : 1) * (direction === "desc" ? -1 : 1)
  }
  const rules = settings.rankingRules
  const byRank = (a: [number, number], b: [number, number]) => {
    for (const rule of rules) {
      if (rule === "attribute" && a[0] !== b[0]) return a[0] - b[0]
      if (rule === "typo" && a[1] !== b[1]) return a[1] - b[1]
    }
    return 0
  }
  matched.sort((a, b) => bySort(a.doc, b.doc) || byRank(a.rank, b.rank))
  const facetDistribution: Record<string, Record<string, number>> = {}
  for (const facet of body.facets ?? []) {
    const counts: Record<string, number> = {}
    for (const { doc } of matched) for (const v of new Set(([] as unknown[]).concat(doc[facet] ?? []))) counts[String(v)] = (counts[String(v)] ?? 0) + 1
    facetDistribution[facet] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)))
  }
  const limit = body.limit ?? 20
  const offset = body.offset ?? 0
  const pre = body.highlightPreTag ?? "<em>"
  const post = body.highlightPostTag ?? "</em>"
  const toHighlight = new Set(body.attributesToHighlight ?? [])
  const toCrop = new Set(body.attributesToCrop ?? [])
  const hits = matched.slice(offset, offset + limit).map(({ doc, rank }) => {
    const retrieved = body.attributesToRetrieve && !body.attributesToRetrieve.includes("*") ? body.attributesToRetrieve : Object.keys(doc)
    const hit: Record<string, unknown> = Object.fromEntries(retrieved.filter((a) => a in doc).map((a) => [a, doc[a]]))
    if (toHighlight.size || toCrop.size) {
      const formatted: Record<string, unknown> = {}
      for (const a of new Set([...retrieved, ...toHighlight, ...toCrop])) {
        let value = doc[a]
        if (!(a in doc)) continue
        if (typeof value === "string" && toCrop.has(a)) value = crop(value, query, settings, body.cropLength ?? 10, body.cropMarker ?? "…")
        if (typeof value === "string" && toHighlight.has(a)) value = highlight(value, query, settings, pre, post)
        formatted[a] = value
      }
      hit._formatted = formatted
    }
    if (body.showRankingScore) hit._rankingScore = 1 - (rank[0] * 10 + rank[1]) / 100
    return hit
  })
  return {
    hits,
    query: body.q ?? "",
    processingTimeMs: Date.now() - started,
    limit,
    offset,
    estimatedTotalHits: matched.length,
    ...(body.facets ? { facetDistribution, facetStats: {} } : {}),
  }
}
