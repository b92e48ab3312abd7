import type { SearchKind } from "../models/search-document"
import { SNIPPET_HEADLINE, TITLE_HEADLINE } from "./sql"

export const SEARCH_SORTS = ["relevance", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const BOOK_FORMATS = ["print", "ebook"] as const
export type BookFormat = (typeof BOOK_FORMATS)[number]

export type RankedQueryOptions = {
  kinds?: SearchKind[]
  category?: string
  format?: BookFormat
  sort: SearchSort
  limit: number
  perKind: number
  /** Counts by kind (and, for books, by category and format) over every match, and the total. */
  facets: boolean
  /** How much of the summary and body a snippet is cut from. */
  snippetChars: number
}

// Fixed SQL fragments, chosen by a validated sort: no reader's text reaches them.
const ORDER: Record<SearchSort, { candidates: string; final: string }> = {
  relevance: {
    candidates: "c.title_hit DESC, c.past_event, c.at DESC NULLS LAST, c.id",
    final: "title_hit DESC, past_event, rank DESC, at DESC NULLS LAST, id",
  },
  newest: { candidates: "c.at DESC NULLS LAST, c.id", final: "at DESC NULLS LAST, id" },
}

/** How many matches one query reads at most: the newest of them (and of its title matches, a fifth of that). */
export const MAX_MATCHES = 300
const MAX_SUGGEST_MATCHES = 60

type Tsq = { sql: string; bindings: string[] }
type Filters = { kinds: string | null; category: string | null; format: string | null } | null

/**
 * The newest `cap` documents whose `vector` matches, with the filters given,
 * and what ranking needs of them (small columns only). The tsquery is
 * written out here (not read from the `q` CTE) so that PostgreSQL plans with
 * the reader's actual words and its statistics of them: for a rare word, the
 * GIN index then a sort; for a word in most documents, the date index read
 * newest first until enough match. Either way no query reads the whole corpus.
 */
function newestMatches(vector: "search_vector" | "title_vector", cap: number, tsq: Tsq, filters: Filters, bindings: unknown[]) {
  const titleHit = vector === "title_vector" ? "true" : `d.title_vector @@ (${tsq.sql})`
  if (vector === "search_vector") bindings.push(...tsq.bindings)
  bindings.push(...tsq.bindings)
  if (filters) bindings.push(filters.kinds, filters.kinds, filters.category, filters.category, filters.format, filters.format)
  return `
  SELECT d.id, d.kind, d.categories, d.formats, ${titleHit} AS title_hit,
         (d.kind = 'event' AND d.starts_at < now()) AS past_event,
         coalesce(d.published_at, d.starts_at) AS at
  FROM search_document d
  WHERE d.${vector} @@ (${tsq.sql}) AND d.audience = 'public' AND d.deleted_at IS NULL
    ${filters ? "AND (?::jsonb IS NULL OR jsonb_exists(?::jsonb, d.kind)) AND (?::text IS NULL OR ? = ANY(d.categories)) AND (?::text IS NULL OR ? = ANY(d.formats))" : ""}
  ORDER BY coalesce(d.published_at, d.starts_at) DESC NULLS LAST LIMIT ${cap}`
}

/** The newest matches and the newest title matches (a title match ranks first, however old). */
const matchesOf = (cap: number, tsq: Tsq, filters: Filters, bindings: unknown[]) =>
  `(${newestMatches("search_vector", cap, tsq, filters, bindings)}) UNION (${newestMatches("title_vector", Math.ceil(cap / 5), tsq, filters, bindings)})`

/**
 * One statement for a page of results (and its facets). Its cost is bounded
 * whatever the corpus holds:
 * - at most the newest MAX_MATCHES matches (60 for suggestions) and a fifth as many title matches
 *   are read, each row's small columns only (the title's own vector says
 *   whether the title matches);
 * - only the best `bound` of each kind by title match and date are ranked
 *   with ts_rank_cd, which reads the whole (possibly toasted) vector;
 * - ts_headline runs only on the rows answered.
 * Facets count every match by kind (whatever the filters) and books by
 * category and format; past MAX_MATCHES they count the newest (`capped`).
 * `tsq` is SQL made of fixed fragments and placeholders (see tsquerySql).
 */
export function rankedQuerySql(tsq: Tsq, o: RankedQueryOptions) {
  const bound = Math.max(o.perKind, Math.min(o.limit, o.perKind) * 4, 40)
  const order = ORDER[o.sort]
  // Knex would spread an array binding into a list: kinds travel as one JSON value.
  const kinds = o.kinds?.length ? JSON.stringify(o.kinds) : null
  const category = o.category ?? null
  const format = o.format ?? null
  const filters: Filters = kinds || category || format ? { kinds, category, format } : null
  // Placeholders are numbered by position: bindings are pushed as the text is written.
  const bindings: unknown[] = [...tsq.bindings]
  const cap = o.facets ? MAX_MATCHES : MAX_SUGGEST_MATCHES
  const chosenSql = matchesOf(cap, tsq, filters, bindings)
  // Facets need every match, unfiltered; the page needs the filtered ones: one set when there is no filter.
  const everythingSql = o.facets && filters ? `, everything AS MATERIALIZED (${matchesOf(cap, tsq, null, bindings)})` : ""
  const counted = o.facets && filters ? "everything" : "chosen"
  bindings.push(o.perKind, o.limit, TITLE_HEADLINE, o.snippetChars, SNIPPET_HEADLINE)
  if (o.facets) bindings.push(format, format, category, category)
  const facetsSql = o.facets
    ? `jsonb_build_object(
         'total', (SELECT count(*) FROM chosen),
         'capped', (SELECT count(*) FROM ${counted}) >= ${cap},
         'kind', (SELECT coalesce(jsonb_agg(jsonb_build_object('value', kind, 'count', n) ORDER BY n DESC, kind), '[]')
                  FROM (SELECT kind, count(*) AS n FROM ${counted} GROUP BY kind) k),
         'category', (SELECT coalesce(jsonb_agg(jsonb_build_object('value', v, 'count', n) ORDER BY n DESC, v), '[]')
                      FROM (SELECT v, count(*) AS n FROM ${counted} h, unnest(h.categories) v
                            WHERE h.kind = 'book' AND (?::text IS NULL OR ? = ANY(h.formats)) GROUP BY v) c),
         'format', (SELECT coalesce(jsonb_agg(jsonb_build_object('value', v, 'count', n) ORDER BY n DESC, v), '[]')
                    FROM (SELECT v, count(*) AS n FROM ${counted} h, unnest(h.formats) v
                          WHERE h.kind = 'book' AND (?::text IS NULL OR ? = ANY(h.categories)) GROUP BY v) f))`
    : "NULL::jsonb"
  const sql = `
    WITH q AS MATERIALIZED (SELECT ${tsq.sql} AS tsq),
    chosen AS MATERIALIZED (${chosenSql})${everythingSql},
    candidates AS (
      SELECT c.*, row_number() OVER (PARTITION BY c.kind ORDER BY ${order.candidates}) AS nth
      FROM chosen c
    ),
    ranked AS (
      -- A sub-select per row: the few candidates are looked up by key, never by reading the table.
      SELECT c.*, ${o.sort === "relevance" ? "(SELECT ts_rank_cd(d.search_vector, q.tsq) FROM search_document d WHERE d.id = c.id)" : "0"} AS rank
      FROM candidates c, q
      WHERE c.nth <= ${bound}
    ),
    best AS (
      SELECT r.*, row_number() OVER (PARTITION BY r.kind ORDER BY ${order.final}) AS in_kind FROM ranked r
    ),
    page AS (
      SELECT b.*, row_number() OVER (ORDER BY ${order.final}) AS position
      FROM best b WHERE b.in_kind <= ? ORDER BY ${order.final} LIMIT ?
    )
    SELECT
      coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                 'kind', d.kind, 'source_id', d.source_id, 'url_path', d.url_path, 'product_id', d.product_id,
                 'published_at', d.published_at, 'starts_at', d.starts_at,
                 'title_marked', ts_headline('search_english', d.title, q.tsq, ?),
                 'snippet_marked', ts_headline('search_english', left(concat_ws(' — ', d.summary, d.body), ?), q.tsq, ?))
               ORDER BY p.position)
        FROM page p JOIN search_document d ON d.id = p.id, q), '[]'::jsonb) AS hits,
      ${facetsSql} AS facets`
  return { sql, bindings }
}
