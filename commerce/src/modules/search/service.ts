import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SearchDocument, SearchQueryDay, SearchTerm, type SearchKind } from "./models/search-document"
import { nearestKnownWords } from "./lib/corrections"
import type { EngineContext, FacetCount, IndexedDocument, SearchEngine, SearchFacets, SearchHit } from "./lib/engine"
import { searchEngineFor, type SearchModuleOptions } from "./lib/engines"
import { parseSearchQuery, termsOf } from "./lib/parse-query"
import { QueryStatsBuffer, type QueryDayCount } from "./lib/query-stats"
import type { BookFormat, SearchSort } from "./lib/ranked-query"
import { MARK_END, MARK_START } from "./lib/sql"

export type { FacetCount, SearchFacets, SearchHit }

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

const BODY_LIMIT = 20_000
const clean = (text: string | null | undefined, max = BODY_LIMIT) =>
  // Control characters would pass for highlight marks; indexes need no more than this much body.
  text ? text.normalize("NFC").replace(/[\u0000-\u0008\u000b-\u001f]/g, " ").slice(0, max) : null

/**
 * One index of everything a reader can find, fed by the data owners. The
 * documents live in an engine (lib/engines: PostgreSQL full-text search by
 * default, or Meilisearch); the words of the index, which correct typos and
 * answer "did you mean", and the search figures stay in PostgreSQL whatever
 * the engine.
 */
export default class SearchModuleService extends MedusaService({ SearchDocument, SearchTerm, SearchQueryDay }) {
  private readonly stats = new QueryStatsBuffer((rows) => this.flushQueryStats(rows))
  private readonly engine: SearchEngine

  constructor(container: Record<string, unknown>, options?: SearchModuleOptions) {
    // eslint-disable-next-line prefer-rest-params -- Medusa's module loader passes more than these two.
    super(...arguments)
    this.engine = searchEngineFor(options)
  }

  private engineContext(context: Context): EngineContext {
    return { manager: context.manager as SqlEntityManager }
  }

  /**
   * Adds or replaces documents (by kind and source id) and remembers their
   * words: one engine write for the whole batch, whatever its size, and one
   * statement for the words, each touching only these documents.
   */
  @InjectManager()
  async indexDocuments(documents: SearchDocumentInput[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!documents.length) return
    const manager = context.manager as SqlEntityManager
    // One row per document: an upsert may not touch a row twice.
    const latest = new Map(documents.map((doc) => [`${doc.kind}:${doc.source_id}`, doc]))
    const rows: IndexedDocument[] = [...latest.values()].map((doc) => ({
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
    await this.engine.index(rows, this.engineContext(context))
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
    await this.engine.remove(kind, sourceIds, this.engineContext(context))
  }

  /** Removes a kind's document at a storefront path (a cms document gone under its slug). */
  @InjectManager()
  async removeDocumentAtPath(kind: SearchKind, urlPath: string, @MedusaContext() context: Context = {}): Promise<void> {
    await this.engine.removeAtPath(kind, urlPath, this.engineContext(context))
  }

  /** Removes a kind's documents whose owners no longer list them (after a full re-read). */
  @InjectManager()
  async keepOnly(kind: SearchKind, sourceIds: string[], @MedusaContext() context: Context = {}): Promise<void> {
    await this.engine.keepOnly(kind, sourceIds, this.engineContext(context))
  }

  /**
   * Ranked matches for what a reader typed: by relevance (a title match
   * first, then past events last, then rank) or newest first, forgiving a
   * typo in a word of five letters or more. With `facets`, the counts of
   * every match.
   */
  @InjectManager()
  async search(
    raw: string,
    options: SearchOptions,
    @MedusaContext() context: Context = {}
  ): Promise<{ hits: SearchHit[]; facets: SearchFacets | null }> {
    return await this.engine.search(
      parseSearchQuery(raw, { typing: options.typing }),
      {
        kinds: options.kinds,
        category: options.category,
        format: options.format,
        sort: options.sort ?? "relevance",
        limit: options.limit,
        typing: !!options.typing,
        perKind: options.perKind ?? options.limit,
        facets: !!options.facets,
      },
      this.engineContext(context)
    )
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
    return await this.engine.popularCategories(limit, this.engineContext(context))
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
