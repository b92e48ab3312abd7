import type { SearchSuggestion } from "@/app/api/search/route"
import { KIND_LABELS, type SearchKind } from "@/lib/util/search-results"

export type SuggestionGroup = { kind: SearchKind; label: string; items: { suggestion: SearchSuggestion; index: number }[] }

/**
 * Suggestions grouped by kind, the kinds in the order of their best match,
 * each item keeping its index in the flat list the arrow keys walk: the list
 * is re-ordered group by group so the arrows follow what the reader sees.
 */
export function groupSuggestions(results: SearchSuggestion[]): SuggestionGroup[] {
  const groups: SuggestionGroup[] = []
  for (const suggestion of results) {
    let group = groups.find((g) => g.kind === suggestion.kind)
    if (!group) groups.push((group = { kind: suggestion.kind, label: KIND_LABELS[suggestion.kind].many, items: [] }))
    group.items.push({ suggestion, index: -1 })
  }
  let index = 0
  for (const group of groups) for (const item of group.items) item.index = index++
  return groups
}

/** The suggestions in the order they are shown (grouped), for the arrow keys and Enter. */
export const shownOrder = (results: SearchSuggestion[]) => groupSuggestions(results).flatMap((g) => g.items.map((i) => i.suggestion))
