import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { SearchKind } from "../models/search-document"
import type { ParsedQuery } from "./parse-query"
import type { BookFormat, SearchSort } from "./ranked-query"

/** A document as the index keeps it: cleaned and cut to size by the service. */
export type IndexedDocument = {
  kind: SearchKind
  source_id: string
  title: string
  summary: string | null
  body: string | null
  url_path: string
  product_id: string | null
  published_at: Date | string | null
  starts_at: Date | string | null
  categories: string[]
  formats: BookFormat[]
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
export type SearchPage = { hits: SearchHit[]; facets: SearchFacets | null }

export type EngineSearchOptions = {
  kinds?: SearchKind[]
  category?: string
  format?: BookFormat
  sort: SearchSort
  limit: number
  typing: boolean
  perKind: number
  facets: boolean
}

/**
 * The transaction's manager of commerce's database: the PostgreSQL engine
 * keeps its index there; another engine only receives it.
 */
export type EngineContext = { manager: SqlEntityManager }

/**
 * Where documents are kept and matched: PostgreSQL full-text search (the
 * default, in commerce's database) or a search server. The service around it
 * keeps what is the same for every engine in PostgreSQL: the words of the
 * index (typo correction, "did you mean") and the search figures.
 */
export interface SearchEngine {
  /** Adds or replaces documents (by kind and source id); visible to a search once it resolves. */
  index(documents: IndexedDocument[], ctx: EngineContext): Promise<void>
  remove(kind: SearchKind, sourceIds: string[], ctx: EngineContext): Promise<void>
  removeAtPath(kind: SearchKind, urlPath: string, ctx: EngineContext): Promise<void>
  /** Removes a kind's documents whose source id is not listed. */
  keepOnly(kind: SearchKind, sourceIds: string[], ctx: EngineContext): Promise<void>
  /** Ranked matches (a title match first, past events after upcoming ones, then relevance; or newest first). */
  search(query: ParsedQuery, options: EngineSearchOptions, ctx: EngineContext): Promise<SearchPage>
  /** The categories with the most books, most first. */
  popularCategories(limit: number, ctx: EngineContext): Promise<FacetCount[]>
}

export const emptyFacets = (): SearchFacets => ({ total: 0, capped: false, kind: [], category: [], format: [] })
