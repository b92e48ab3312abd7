import type { ParsedQuery } from "./parse-query"

/** Marks ts_headline puts around matched words; stripped from indexed text, replaced after escaping. */
export const MARK_START = "\u0001"
export const MARK_END = "\u0002"
export const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`
export const SNIPPET_HEADLINE = `MaxWords=28, MinWords=12, MaxFragments=1, StartSel=${MARK_START}, StopSel=${MARK_END}`

/**
 * The tsquery for a parsed query as SQL text made only of fixed fragments and
 * `?` placeholders, with its bindings: each word goes through
 * plainto_tsquery, the typed prefix through to_tsquery(word || ':*') (the
 * word holds only letters and digits), each phrase through phraseto_tsquery.
 */
export function tsquerySql(query: ParsedQuery): { sql: string; bindings: string[] } {
  const parts: string[] = []
  const bindings: string[] = []
  for (const word of query.words) {
    parts.push("plainto_tsquery('search_english', ?)")
    bindings.push(word)
  }
  if (query.prefix) {
    parts.push("to_tsquery('search_english', ? || ':*')")
    bindings.push(query.prefix)
  }
  for (const phrase of query.phrases) {
    parts.push("phraseto_tsquery('search_english', ?)")
    bindings.push(phrase.join(" "))
  }
  return { sql: parts.length ? parts.join(" && ") : "''::tsquery", bindings }
}
