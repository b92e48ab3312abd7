import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SearchDocument, SearchQueryDay, SearchTerm, type SearchKind } from "./models/search-document"
import { correctTypos, nearestKnownWords } from "./lib/corrections"
import { isEmptyQuery, parseSearchQuery, termsOf } from "./lib/parse-query"
import { QueryStatsBuffer, type QueryDayCount } from "./lib/query-stats"
import { rankedQuerySql, type BookFormat, type SearchSort } from "./lib/ranked-query"
import { MARK_END, MARK_START, tsquerySql } from "./lib/sql"

export type SearchDocumentInput = {
  kind: SearchKind
  source_id: string
  title: string
  summary?: string | null
  body?: string | null
  url_path: string
  product_id?: string | null
  published_at?: Date | string | null
  starts_at?: Date | string | null
  /** Books: category handles and formats ("print", "ebook"), for facets. */
  categories?: string[]
  formats?: BookFormat[]
}

export type SearchHit = {
  kind: SearchKind
  source_id: string
  url_path: string
  product_id: string | null
  published_at: string | null
  starts_at: string | null
  /** Text with MARK_START/MARK_END around matched words (see lib/sql). */
  title_marked: string
  snippet_marked: string
}

export type FacetCount = { value: string; count: number }
export type SearchFacets = { total: number; capped: boolean; kind: FacetCount[]; category: FacetCount[]; format: FacetCount[] }

export type SearchOptions = {
  kinds?: SearchKind[]
  category?: string
  format?: BookFormat
  sort?: SearchSort
  limit: number
  typing?: boolean
  perKind?: number
  facets?: boolean
}

const MIN_TYPO_LENGTH = 5
const BODY_LIMIT = 20_000
const clean = (text: string | null | undefined, max = BODY_LIMIT) =>
  // Control characters would pass for highlight marks; indexes need no more than this much body.
  text ? text.normalize("NFC").replace(/[\u0000-\u0008\u000b-\u001f]/g, " ").slice(0, max) : null

/** One index of everything a reader can find, fed by the data owners, queried with PostgreSQL full-text search. */
export default class SearchModuleService extends MedusaService({ SearchDocument, SearchTerm, SearchQueryDay }) {
  private readonly stats = new QueryStatsBuffer((rows) => this.flushQueryStats(rows))

  /**
   * Adds or replaces documents (by kind and source id) and remembers their
   * words: two statements for the whole batch, whatever its size, each
   * touching only the rows and words of these documents.
   */
  @InjectManager()
  async indexDocuments(documents: SearchDocumentInput[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!documents.length) return
    const manager = context.manager as SqlEntityManager
    // One row per document: an upsert may not touch a row twice.
    const latest = new Map(documents.map((doc) => [`${doc.kind}:${doc.source_id}`, doc]))
    const rows = [...latest.values()].map((doc) => ({
      id: generateEntityId(undefined, "srch"),
      kind: doc.kind,
      source_id: doc.source_id,
      title: clean(doc.title, 500) ?? "",
      summary: clean(doc.summary, 2000),
      body: clean(doc.body),
      url_path: doc.url_path,
      product_id: doc.product_id ?? null,
      published_at: doc.published_at ?? null,
      starts_at: doc.starts_at ?? null,
      categories: doc.categories ?? [],
      formats: doc.formats ?? [],
    }))
    await manager.execute(
      `INSERT INTO search_document (id, kind, source_id, title, summary, body, url_path, product_id, published_at, starts_at, categories, formats, created_at, updated_at)
       SELECT r.id, r.kind, r.source_id, r.title, r.summary, r.body, r.url_path, r.product_id, r.published_at, r.starts_at,
              ARRAY(SELECT jsonb_array_elements_text(r.categories)), ARRAY(SELECT jsonb_array_elements_text(r.formats)), now(), now()
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, kind text, source_id text, title text, summary text, body text, url_path text,
                                              product_id text, published_at timestamptz, starts_at timestamptz, categories jsonb, formats jsonb)
       ON CONFLICT (kind, source_id) WHERE deleted_at IS NULL DO UPDATE SET
         title = excluded.title, summary = excluded.summary, body = excluded.body, url_path = excluded.url_path,
         product_id = excluded.product_id, published_at = excluded.published_at, starts_at = excluded.starts_at,
         categories = excluded.categories, formats = excluded.formats, updated_at = now()`,
      [JSON.stringify(rows)]
    )
    const terms = termsOf(...rows.flatMap((r) => [r.title, r.summary, r.body]))
    if (terms.length) {
      // In one order, so two batches that share new words cannot deadlock on them.
      await manager.execute(
        `INSERT INTO search_term (id, created_at, updated_at)
         SELECT DISTINCT search_unaccent(t), now(), now() FROM jsonb_array_elements_text(?::jsonb) t ORDER BY 1
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(terms)]
      )
    }
  }

  /** Removes documents of a kind by their owners' ids. */
  @InjectManager()
  async removeDocuments(kind: SearchKind, sourceIds: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!sourceIds.length) return
    const manager = context.manager as SqlEntityManager
    // "deleted_at IS NULL" lets the (partial) unique index find them: without it each removal reads the whole table.
    await manager.execute(
      `DELETE FROM search_document WHERE kind = ? AND source_id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND deleted_at IS NULL`,
      [kind, JSON.stringify(sourceIds)]
    )
  }

  /** Removes a kind's document at a storefront path (a cms document gone under its slug). */
  @InjectManager()
  async removeDocumentAtPath(kind: SearchKind, urlPath: string, @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlEntityManager
    await manager.execute(`DELETE FROM search_document WHERE kind = ? AND url_path = ? AND deleted_at IS NULL`, [kind, urlPath])
  }

  /** Removes a kind's documents whose owners no longer list them (after a full re-read). */
  @InjectManager()
  async keepOnly(kind: SearchKind, sourceIds: string[], @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `DELETE FROM search_document WHERE kind = ? AND source_id NOT IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [kind, JSON.stringify(sourceIds)]
    )
  }

  /**
   * Ranked matches for what a reader typed: by relevance (a title match
   * first, then past events last, then rank) or newest first. A word of five
   * letters or more that the index has never seen is read as the known word
   * one edit away, if there is one. With `facets`, the counts of every match.
   */
  @InjectManager()
  async search(
    raw: string,
    options: SearchOptions,
    @MedusaContext() context: Context = {}
  ): Promise<{ hits: SearchHit[]; facets: SearchFacets | null }> {
    const manager = context.manager as SqlEntityManager
    const query = await correctTypos(manager, parseSearchQuery(raw, { typing: options.typing }), MIN_TYPO_LENGTH)
    if (isEmptyQuery(query)) return { hits: [], facets: options.facets ? { total: 0, capped: false, kind: [], category: [], format: [] } : null }
    const { sql, bindings } = rankedQuerySql(tsquerySql(query), {
      kinds: options.kinds,
      category: options.category,
      format: options.format,
      sort: options.sort ?? "relevance",
      limit: options.limit,
      perKind: options.perKind ?? options.limit,
      facets: !!options.facets,
      // Suggestions show titles only: a snippet would cost a ts_headline per row (most of the statement).
      snippetChars: options.typing ? 0 : 4000,
    })
    const [row]: { hits: SearchHit[]; facets: SearchFacets | null }[] = await manager.execute(sql, bindings)
    return { hits: row?.hits ?? [], facets: row?.facets ?? null }
  }

  /**
   * For a search that found nothing: the query with each word the index
   * does not know replaced by the nearest one it does (up to two edits), if
   * that finds something.
   */
  @InjectManager()
  async didYouMean(raw: string, @MedusaContext() context: Context = {}): Promise<string | null> {
    const manager = context.manager as SqlEntityManager
    const query = parseSearchQuery(raw)
    const nearer = await nearestKnownWords(manager, query.words)
    if (!nearer) return null
    const { hits } = await this.search(nearer, { limit: 1 }, context)
    return hits.length ? nearer : null
  }

  /** The categories with the most books in the index, for a search that found nothing. */
  @InjectManager()
  async popularCategories(limit: number, @MedusaContext() context: Context = {}): Promise<FacetCount[]> {
    const manager = context.manager as SqlEntityManager
    const rows: { value: string; count: string }[] = await manager.execute(
      `SELECT c AS value, count(*) AS count FROM search_document d, unnest(d.categories) c
       WHERE d.kind = 'book' AND d.deleted_at IS NULL GROUP BY c ORDER BY count(*) DESC, c LIMIT ?`,
      [limit]
    )
    return rows.map((r) => ({ value: r.value, count: Number(r.count) }))
  }

  /** Counts a reader's search towards the day's figures (written in batches: a search waits for no write). */
  recordSearch(query: string, day: Date, found: boolean): void {
    this.stats.add(query, day, found)
  }

  /** Writes the counted searches now (the buffer does it by itself within a few seconds). */
  async flushSearchStats(): Promise<void> {
    await this.stats.flush()
  }

  @InjectManager()
  private async flushQueryStats(rows: QueryDayCount[], @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `INSERT INTO search_query_day (id, day, query, searches, empty_searches, created_at, updated_at)
       SELECT r.id, r.day, r.query, r.searches, r.empty_searches, now(), now()
       FROM jsonb_to_recordset(?::jsonb) AS r(id text, day timestamptz, query text, searches int, empty_searches int)
       ORDER BY r.day, r.query
       ON CONFLICT (day, query) WHERE deleted_at IS NULL DO UPDATE SET
         searches = search_query_day.searches + excluded.searches,
         empty_searches = search_query_day.empty_searches + excluded.empty_searches,
         updated_at = now()`,
      [JSON.stringify(rows.map((r) => ({ ...r, id: generateEntityId(undefined, "srchq") })))]
    )
  }

  /** The most searched queries in [from, to), and those that most often found nothing. */
  @InjectManager()
  async topQueries(
    window: { from: Date; to: Date },
    limit: number,
    @MedusaContext() context: Context = {}
  ): Promise<{ top: QueryFigures[]; no_results: QueryFigures[]; searches: number }> {
    const manager = context.manager as SqlEntityManager
    const [row]: { top: QueryFigures[]; no_results: QueryFigures[]; searches: string | null }[] = await manager.execute(
      `WITH q AS MATERIALIZED (
         SELECT query, sum(searches)::int AS searches, sum(empty_searches)::int AS empty_searches
         FROM search_query_day WHERE day >= ? AND day < ? AND deleted_at IS NULL GROUP BY query
       )
       SELECT
         (SELECT coalesce(jsonb_agg(t), '[]') FROM (SELECT * FROM q ORDER BY searches DESC, query LIMIT ?) t) AS top,
         (SELECT coalesce(jsonb_agg(t), '[]') FROM (SELECT * FROM q WHERE empty_searches > 0 ORDER BY empty_searches DESC, query LIMIT ?) t) AS no_results,
         (SELECT sum(searches) FROM q) AS searches`,
      [window.from, window.to, limit, limit]
    )
    return { top: row.top, no_results: row.no_results, searches: Number(row.searches ?? 0) }
  }
}

export type QueryFigures = { query: string; searches: number; empty_searches: number }

export { MARK_END, MARK_START }
