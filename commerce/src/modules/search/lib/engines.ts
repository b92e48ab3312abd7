import type { SearchEngine } from "./engine"
import { MeilisearchSearchEngine, type MeilisearchEngineOptions } from "./meilisearch-engine"
import { PostgresSearchEngine } from "./postgres-engine"

export const SEARCH_ENGINES = ["postgres", "meilisearch"] as const
export type SearchEngineName = (typeof SEARCH_ENGINES)[number]

/** The site_search module's options (medusa-config passes SEARCH_ENGINE and MEILISEARCH_* here). */
export type SearchModuleOptions = { engine?: SearchEngineName; meilisearch?: MeilisearchEngineOptions }

/** The engine the options name; a Meilisearch engine without its server's URL or key stops the module loading. */
export function searchEngineFor(options: SearchModuleOptions = {}): SearchEngine {
  const engine = options.engine ?? "postgres"
  if (engine === "postgres") return new PostgresSearchEngine()
  if (engine === "meilisearch") {
    const missing = (["url", "api_key"] as const).filter((key) => !options.meilisearch?.[key])
    if (missing.length) {
      throw new Error(`site_search: the meilisearch engine needs meilisearch.${missing.join(" and meilisearch.")} (MEILISEARCH_URL, MEILISEARCH_API_KEY)`)
    }
    return new MeilisearchSearchEngine(options.meilisearch!)
  }
  throw new Error(`site_search: engine must be one of ${SEARCH_ENGINES.join(", ")}, not "${engine}"`)
}
