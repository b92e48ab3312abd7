import { generateEntityId } from "@medusajs/framework/utils"
import type { SearchKind } from "../models/search-document"
import { correctTypos } from "./corrections"
import type { EngineContext, EngineSearchOptions, FacetCount, IndexedDocument, SearchEngine, SearchPage } from "./engine"
import { emptyFacets } from "./engine"
import { isEmptyQuery, type ParsedQuery } from "./parse-query"
import { rankedQuerySql } from "./ranked-query"
import { tsquerySql } from "./sql"

const MIN_TYPO_LENGTH = 5

/**
 * The default engine: `search_document` in commerce's database under
 * generated tsvectors (see the model and migrations), queried in one
 * statement (lib/ranked-query). Needs nothing but PostgreSQL.
 */
export class PostgresSearchEngine implements SearchEngine {
  /** One statement for the whole batch, whatever its size, touching only these documents' rows. */
  async index(documents: IndexedDocument[], { manager }: EngineContext): Promise<void> {
    const rows = documents.map((doc) => ({ ...doc, id: generateEntityId(undefined, "srch") }))
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
  }

  async remove(kind: SearchKind, sourceIds: string[], { manager }: EngineContext): Promise<void> {
    // "deleted_at IS NULL" lets the (partial) unique index find them: without it each removal reads the whole table.
    await manager.execute(
      `DELETE FROM search_document WHERE kind = ? AND source_id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND deleted_at IS NULL`,
      [kind, JSON.stringify(sourceIds)]
    )
  }

  async removeAtPath(kind: SearchKind, urlPath: string, { manager }: EngineContext): Promise<void> {
    await manager.execute(`DELETE FROM search_document WHERE kind = ? AND url_path = ? AND deleted_at IS NULL`, [kind, urlPath])
  }

  async keepOnly(kind: SearchKind, sourceIds: string[], { manager }: EngineContext): Promise<void> {
    await manager.execute(
      `DELETE FROM search_document WHERE kind = ? AND source_id NOT IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [kind, JSON.stringify(sourceIds)]
    )
  }

  /** A word of five letters or more that the index has never seen is read as the known word one edit away. */
  async search(parsed: ParsedQuery, options: EngineSearchOptions, { manager }: EngineContext): Promise<SearchPage> {
    const query = await correctTypos(manager, parsed, MIN_TYPO_LENGTH)
    if (isEmptyQuery(query)) return { hits: [], facets: options.facets ? emptyFacets() : null }
    const { sql, bindings } = rankedQuerySql(tsquerySql(query), {
      kinds: options.kinds,
      category: options.category,
      format: options.format,
      sort: options.sort,
      limit: options.limit,
      perKind: options.perKind,
      facets: options.facets,
      // Suggestions show titles only: a snippet would cost a ts_headline per row (most of the statement).
      snippetChars: options.typing ? 0 : 4000,
    })
    const [row]: SearchPage[] = await manager.execute(sql, bindings)
    return { hits: row?.hits ?? [], facets: row?.facets ?? null }
  }

  async popularCategories(limit: number, { manager }: EngineContext): Promise<FacetCount[]> {
    const rows: { value: string; count: string }[] = await manager.execute(
      `SELECT c AS value, count(*) AS count FROM search_document d, unnest(d.categories) c
       WHERE d.kind = 'book' AND d.deleted_at IS NULL GROUP BY c ORDER BY count(*) DESC, c LIMIT ?`,
      [limit]
    )
    return rows.map((r) => ({ value: r.value, count: Number(r.count) }))
  }
}
