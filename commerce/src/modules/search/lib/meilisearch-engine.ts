import { SEARCH_KINDS, type SearchKind } from "../models/search-document"
import type { EngineSearchOptions, FacetCount, IndexedDocument, SearchEngine, SearchHit, SearchPage } from "./engine"
import { emptyFacets } from "./engine"
import { MeilisearchClient, MeilisearchRequestError, type EnqueuedTask } from "./meilisearch-client"
import { isEmptyQuery, type ParsedQuery } from "./parse-query"
import { MARK_END, MARK_START } from "./sql"

export type MeilisearchEngineOptions = {
  /** Where the server listens, e.g. http://127.0.0.1:7700. */
  url: string
  /** A key with the search, documents, indexes, settings and tasks actions (or the master key). */
  api_key: string
  /** The index's uid; default "site_search". */
  index?: string
  /** How long one request may take; default 5 s. */
  timeout_ms?: number
  /** How long a write waits for Meilisearch to apply it; default 10 s. */
  task_timeout_ms?: number
}

/** A filter value in double quotes, with a quote or backslash inside escaped: no value can end the string early. */
export const filterValue = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`
const is = (attribute: string, value: string) => `${attribute} = ${filterValue(value)}`

/** Only what every reader may see is indexed; the filter says so again on every query. */
const VISIBLE = is("audience", "public")
const PAGE = 1000

/**
 * The query for Meilisearch, made only of the parsed words (letters and
 * digits) and quoted phrases of them: nothing else the reader typed reaches
 * its syntax. Meilisearch reads the last word as a prefix unless the query
 * ends in a space, so a finished query ends in one.
 */
export function meilisearchQuery(query: ParsedQuery): string {
  const parts = [...query.words, ...query.phrases.map((phrase) => `"${phrase.join(" ")}"`)]
  return query.prefix ? [...parts, query.prefix].join(" ") : `${parts.join(" ")} `
}

/** A document id Meilisearch accepts (letters, digits, - and _), one per kind and source id. */
export const documentId = (kind: SearchKind, sourceId: string) =>
  `${kind}-${sourceId.replace(/[^A-Za-z0-9_]/g, (c) => `-${c.codePointAt(0)!.toString(16)}-`)}`

const seconds = (at: Date | string | null) => (at === null ? null : Math.floor(new Date(at).getTime() / 1000))
const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString())

type Stored = Omit<IndexedDocument, "published_at" | "starts_at"> & {
  id: string
  published_at: string | null
  starts_at: string | null
  /** The date "newest" sorts by (published, else starts), in seconds. */
  at_ts: number | null
  starts_at_ts: number | null
  audience: "public"
}
type Hit = Pick<Stored, "kind" | "source_id" | "url_path" | "product_id" | "published_at" | "starts_at" | "at_ts"> & {
  _formatted: { title: string; summary: string | null; body: string | null }
  _rankingScore: number
}
type SearchResult = { hits: Hit[]; facetDistribution?: Record<string, Record<string, number>> }

const SETTINGS = {
  searchableAttributes: ["title", "summary", "body"],
  filterableAttributes: ["audience", "kind", "url_path", "categories", "formats", "starts_at_ts"],
  sortableAttributes: ["at_ts"],
  // A title match first (the attribute rule before the others), as the PostgreSQL engine ranks; "sort" only acts when asked.
  rankingRules: ["sort", "attribute", "words", "typo", "proximity", "exactness"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // What the PostgreSQL engine's English configuration drops, in short.
  stopWords: ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "i", "in", "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "with"],
}

const facetList = (counts: Record<string, number> = {}): FacetCount[] =>
  Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))

/**
 * The same index in Meilisearch: one document per kind and source id,
 * matched with Meilisearch's own typo tolerance, prefix search and phrase
 * search, highlighted with the module's marks. Every write waits for its
 * task, so a change is searchable when the call returns.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  private readonly client: MeilisearchClient
  private readonly uid: string
  private prepared: Promise<void> | null = null

  constructor(options: MeilisearchEngineOptions) {
    this.client = new MeilisearchClient(options.url.replace(/\/+$/, ""), options.api_key, options.timeout_ms ?? 5000, options.task_timeout_ms ?? 10_000)
    this.uid = options.index ?? "site_search"
  }

  /**
   * Before the first write: creates the index (once) and applies its
   * settings; tried again after a failure. Reads do not wait for it: an index
   * that does not exist yet finds nothing.
   */
  ready(): Promise<void> {
    this.prepared ??= (async () => {
      const created = await this.client.request<EnqueuedTask>("POST", "/indexes", { uid: this.uid, primaryKey: "id" })
      await this.client.waitForTask(created, { acceptCodes: ["index_already_exists"] })
      await this.write("PATCH", "/settings", SETTINGS)
    })().catch((error) => {
      this.prepared = null
      throw error
    })
    return this.prepared
  }

  /** A search; null when no write has created the index yet (nothing to find). */
  private async read<T>(path: string, body: unknown): Promise<T | null> {
    try {
      return await this.client.request<T>("POST", path, body)
    } catch (error) {
      if (error instanceof MeilisearchRequestError && error.body?.code === "index_not_found") return null
      throw error
    }
  }

  private async write(method: "POST" | "PATCH", path: string, body: unknown): Promise<void> {
    await this.client.waitForTask(await this.client.request<EnqueuedTask>(method, `/indexes/${this.uid}${path}`, body))
  }

  async index(documents: IndexedDocument[]): Promise<void> {
    await this.ready()
    const stored: Stored[] = documents.map((doc) => ({
      ...doc,
      id: documentId(doc.kind, doc.source_id),
      published_at: iso(doc.published_at),
      starts_at: iso(doc.starts_at),
      at_ts: seconds(doc.published_at ?? doc.starts_at),
      starts_at_ts: seconds(doc.starts_at),
      audience: "public",
    }))
    await this.write("POST", "/documents?primaryKey=id", stored)
  }

  async remove(kind: SearchKind, sourceIds: string[]): Promise<void> {
    await this.ready()
    for (let i = 0; i < sourceIds.length; i += PAGE) {
      await this.write("POST", "/documents/delete-batch", sourceIds.slice(i, i + PAGE).map((id) => documentId(kind, id)))
    }
  }

  async removeAtPath(kind: SearchKind, urlPath: string): Promise<void> {
    await this.ready()
    await this.write("POST", "/documents/delete", { filter: `${is("kind", kind)} AND ${is("url_path", urlPath)}` })
  }

  /** Reads the kind's ids a page at a time, then deletes those not listed. */
  async keepOnly(kind: SearchKind, sourceIds: string[]): Promise<void> {
    await this.ready()
    const kept = new Set(sourceIds)
    const stale: string[] = []
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.client.request<{ results: { source_id: string }[]; total: number }>("POST", `/indexes/${this.uid}/documents/fetch`, {
        filter: is("kind", kind),
        fields: ["source_id"],
        limit: PAGE,
        offset,
      })
      stale.push(...page.results.map((d) => d.source_id).filter((id) => !kept.has(id)))
      if (page.results.length < PAGE) break
    }
    await this.remove(kind, stale)
  }

  /**
   * One multi-search: the best `perKind` of each kind (events upcoming and
   * past apart, so past ones come after), merged as the PostgreSQL engine
   * orders them; with facets, the filtered total and each facet's counts
   * under the filters it follows.
   */
  async search(query: ParsedQuery, o: EngineSearchOptions): Promise<SearchPage> {
    const nothing = { hits: [], facets: o.facets ? emptyFacets() : null }
    if (isEmptyQuery(query)) return nothing
    const now = Date.now()
    const nowSeconds = Math.floor(now / 1000)
    const base = { indexUid: this.uid, q: meilisearchQuery(query), matchingStrategy: "all" }
    const category = o.category ? [is("categories", o.category)] : []
    const format = o.format ? [is("formats", o.format)] : []
    const kinds = o.kinds?.length ? o.kinds : [...SEARCH_KINDS]
    const split = (kind: SearchKind) =>
      kind === "event" && o.sort === "relevance" ? [[`NOT starts_at_ts < ${nowSeconds}`], [`starts_at_ts < ${nowSeconds}`]] : [[]]
    const hitQueries = kinds.flatMap((kind) =>
      split(kind).map((when) => ({
        ...base,
        filter: [VISIBLE, is("kind", kind), ...category, ...format, ...when],
        limit: Math.min(o.perKind, o.limit),
        attributesToRetrieve: ["kind", "source_id", "url_path", "product_id", "published_at", "starts_at", "at_ts"],
        attributesToHighlight: ["title", "summary", "body"],
        attributesToCrop: ["summary", "body"],
        cropLength: 28,
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
        showRankingScore: true,
        ...(o.sort === "newest" ? { sort: ["at_ts:desc"] } : {}),
      }))
    )
    const counting = (filter: string[], facet: string) => ({ ...base, filter: [VISIBLE, ...filter], limit: 0, facets: [facet] })
    const kindFilter = o.kinds?.length ? [`kind IN [${o.kinds.map(filterValue).join(", ")}]`] : []
    const facetQueries = o.facets
      ? [
          counting([...kindFilter, ...category, ...format], "kind"),
          counting([], "kind"),
          counting([is("kind", "book"), ...format], "categories"),
          counting([is("kind", "book"), ...category], "formats"),
        ]
      : []
    const answer = await this.read<{ results: SearchResult[] }>("/multi-search", { queries: [...hitQueries, ...facetQueries] })
    if (!answer) return nothing
    const { results } = answer
    const hits = this.merge(results.slice(0, hitQueries.length).flatMap((r) => r.hits), o, now)
    if (!o.facets) return { hits, facets: null }
    const [filtered, all, categories, formats] = results.slice(hitQueries.length).map((r) => r.facetDistribution ?? {})
    return {
      hits,
      facets: {
        total: facetList(filtered.kind).reduce((sum, f) => sum + f.count, 0),
        // Meilisearch counts every match (up to maxValuesPerFacet values of a facet).
        capped: false,
        kind: facetList(all.kind),
        category: facetList(categories.categories),
        format: facetList(formats.formats),
      },
    }
  }

  /** Title matches first, then upcoming before past events, then Meilisearch's score; or newest first. */
  private merge(found: Hit[], o: EngineSearchOptions, now: number): SearchHit[] {
    const titleHit = (h: Hit) => (h._formatted.title.includes(MARK_START) ? 0 : 1)
    const past = (h: Hit) => (h.kind === "event" && h.starts_at !== null && Date.parse(h.starts_at) < now ? 1 : 0)
    const newer = (a: Hit, b: Hit) => (b.at_ts ?? -Infinity) - (a.at_ts ?? -Infinity)
    const byId = (a: Hit, b: Hit) => (a.source_id < b.source_id ? -1 : a.source_id > b.source_id ? 1 : 0)
    const ordered = [...found].sort((a, b) =>
      o.sort === "newest"
        ? newer(a, b) || byId(a, b)
        : titleHit(a) - titleHit(b) || past(a) - past(b) || b._rankingScore - a._rankingScore || newer(a, b) || byId(a, b)
    )
    const perKind = new Map<SearchKind, number>()
    const page = ordered.filter((h) => {
      const n = (perKind.get(h.kind) ?? 0) + 1
      perKind.set(h.kind, n)
      return n <= o.perKind
    })
    return page.slice(0, o.limit).map((h) => {
      const { title, summary, body } = h._formatted
      return {
        kind: h.kind,
        source_id: h.source_id,
        url_path: h.url_path,
        product_id: h.product_id,
        published_at: h.published_at,
        starts_at: h.starts_at,
        title_marked: title,
        snippet_marked: [summary, body].find((text) => text?.includes(MARK_START)) ?? summary ?? body ?? "",
      }
    })
  }

  async popularCategories(limit: number): Promise<FacetCount[]> {
    const result = await this.read<SearchResult>(`/indexes/${this.uid}/search`, {
      q: "",
      filter: [VISIBLE, is("kind", "book")],
      facets: ["categories"],
      limit: 0,
    })
    return facetList(result?.facetDistribution?.categories).slice(0, limit)
  }
}
