import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { SearchDocument, SearchTerm, type SearchKind } from "./models/search-document"
import { isEmptyQuery, parseSearchQuery, termsOf, withinOneEdit, type ParsedQuery } from "./lib/parse-query"
import { MARK_END, MARK_START, SNIPPET_HEADLINE, TITLE_HEADLINE, tsquerySql } from "./lib/sql"

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
}

export type SearchHit = {
  kind: SearchKind
  source_id: string
  url_path: string
  product_id: string | null
  published_at: Date | null
  starts_at: Date | null
  /** Text with MARK_START/MARK_END around matched words (see lib/sql). */
  title_marked: string
  snippet_marked: string
}

export type SearchOptions = { kinds?: SearchKind[]; limit: number; typing?: boolean; perKind?: number }

const MIN_TYPO_LENGTH = 5
const BODY_LIMIT = 20_000
const clean = (text: string | null | undefined, max = BODY_LIMIT) =>
  // Control characters would pass for highlight marks; indexes need no more than this much body.
  text ? text.normalize("NFC").replace(/[\u0000-\u0008\u000b-\u001f]/g, " ").slice(0, max) : null

/** One index of everything a reader can find, fed by the data owners, queried with PostgreSQL full-text search. */
export default class SearchModuleService extends MedusaService({ SearchDocument, SearchTerm }) {
  /** Adds or replaces documents (by kind and source id) and remembers their words. */
  @InjectManager()
  async indexDocuments(documents: SearchDocumentInput[], @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlEntityManager
    for (const doc of documents) {
      await manager.execute(
        `INSERT INTO search_document (id, kind, source_id, title, summary, body, url_path, product_id, published_at, starts_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())
         ON CONFLICT (kind, source_id) WHERE deleted_at IS NULL DO UPDATE SET
           title = excluded.title, summary = excluded.summary, body = excluded.body, url_path = excluded.url_path,
           product_id = excluded.product_id, published_at = excluded.published_at, starts_at = excluded.starts_at, updated_at = now()`,
        [
          generateEntityId(undefined, "srch"),
          doc.kind,
          doc.source_id,
          clean(doc.title, 500) ?? "",
          clean(doc.summary, 2000),
          clean(doc.body),
          doc.url_path,
          doc.product_id ?? null,
          doc.published_at ?? null,
          doc.starts_at ?? null,
        ]
      )
      const terms = termsOf(doc.title, doc.summary, doc.body?.slice(0, BODY_LIMIT))
      if (terms.length) {
        await manager.execute(
          `INSERT INTO search_term (id, created_at, updated_at)
           SELECT DISTINCT search_unaccent(t), now(), now() FROM jsonb_array_elements_text(?::jsonb) t
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(terms)]
        )
      }
    }
  }

  /** Removes documents of a kind by their owners' ids. */
  @InjectManager()
  async removeDocuments(kind: SearchKind, sourceIds: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!sourceIds.length) return
    const manager = context.manager as SqlEntityManager
    await manager.execute(
      `DELETE FROM search_document WHERE kind = ? AND source_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [kind, JSON.stringify(sourceIds)]
    )
  }

  /** Removes a kind's document at a storefront path (a cms document gone under its slug). */
  @InjectManager()
  async removeDocumentAtPath(kind: SearchKind, urlPath: string, @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlEntityManager
    await manager.execute(`DELETE FROM search_document WHERE kind = ? AND url_path = ?`, [kind, urlPath])
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
   * Ranked matches for what a reader typed: a title match first, then past
   * events last, then rank. A word of five letters or more that the index
   * has never seen is read as the known word one edit away, if there is one.
   */
  @InjectManager()
  async search(raw: string, options: SearchOptions, @MedusaContext() context: Context = {}): Promise<SearchHit[]> {
    const manager = context.manager as SqlEntityManager
    return await manager.transactional(async (tx) => {
      const query = await this.correctTypos(tx, parseSearchQuery(raw, { typing: options.typing }))
      if (isEmptyQuery(query)) return []
      const tsq = tsquerySql(query)
      const kinds = options.kinds?.length ? JSON.stringify(options.kinds) : null
      const perKind = options.perKind ?? options.limit
      const rows: SearchHit[] = await tx.execute(
        `WITH q AS (SELECT ${tsq.sql} AS tsq),
         matched AS (
           SELECT d.*, (ts_filter(d.search_vector, '{a}') @@ q.tsq) AS title_hit,
                  (d.kind = 'event' AND d.starts_at < now()) AS past_event,
                  ts_rank_cd(d.search_vector, q.tsq) AS rank
           FROM search_document d, q
           WHERE numnode(q.tsq) > 0 AND d.search_vector @@ q.tsq AND d.audience = 'public' AND d.deleted_at IS NULL
             AND (?::jsonb IS NULL OR d.kind IN (SELECT jsonb_array_elements_text(?::jsonb)))
         ),
         ranked AS (
           SELECT m.*, row_number() OVER (PARTITION BY m.kind ORDER BY m.title_hit DESC, m.past_event, m.rank DESC) AS in_kind
           FROM matched m
         )
         SELECT r.kind, r.source_id, r.url_path, r.product_id, r.published_at, r.starts_at,
                ts_headline('search_english', r.title, q.tsq, ?) AS title_marked,
                ts_headline('search_english', left(concat_ws(' — ', r.summary, r.body), 4000), q.tsq, ?) AS snippet_marked
         FROM ranked r, q
         WHERE r.in_kind <= ?
         ORDER BY r.title_hit DESC, r.past_event, r.rank DESC, coalesce(r.starts_at, r.published_at) DESC NULLS LAST, r.id
         LIMIT ?`,
        [...tsq.bindings, kinds, kinds, TITLE_HEADLINE, SNIPPET_HEADLINE, perKind, options.limit]
      )
      return rows
    })
  }

  /** Replaces each long word (and a long typed prefix) the index does not know with the known word one edit away. */
  private async correctTypos(tx: SqlEntityManager, query: ParsedQuery): Promise<ParsedQuery> {
    // Trigram candidates are gathered loosely; withinOneEdit decides.
    await tx.execute(`SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)`)
    const correct = async (word: string, asPrefix: boolean): Promise<string | null> => {
      if (word.length < MIN_TYPO_LENGTH) return null
      const [row]: { folded: string; known: boolean; near: string[] }[] = await tx.execute(
        `SELECT f.folded,
                EXISTS (SELECT 1 FROM search_term WHERE id = f.folded OR (? AND starts_with(id, f.folded))) AS known,
                ARRAY(SELECT id FROM search_term WHERE id % f.folded AND length(id) BETWEEN length(f.folded) - 1 AND length(f.folded) + 1
                      ORDER BY similarity(id, f.folded) DESC LIMIT 20) AS near
         FROM (SELECT search_unaccent(?) AS folded) f`,
        [asPrefix, word]
      )
      if (!row || row.known) return null
      return row.near.find((term) => withinOneEdit(term, row.folded)) ?? null
    }
    // One connection: one word at a time.
    const words: string[] = []
    for (const word of query.words) words.push((await correct(word, false)) ?? word)
    const fixedPrefix = query.prefix ? await correct(query.prefix, true) : null
    return fixedPrefix
      ? { ...query, words: [...words, fixedPrefix], prefix: null }
      : { ...query, words }
  }
}

export { MARK_END, MARK_START }
