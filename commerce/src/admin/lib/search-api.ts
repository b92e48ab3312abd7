import { adminApi } from "./admin-api"
import { periodQuery, type PeriodChoice } from "./insights-api"

export type QueryFigures = { query: string; searches: number; empty_searches: number }
export type SearchQueries = {
  period: { name: string; from: string; to: string; days: number }
  searches: number
  top: QueryFigures[]
  no_results: QueryFigures[]
}

/** GET /admin/search/queries for a period, with the admin's session. */
export const searchQueriesApi = (choice: PeriodChoice) => adminApi<SearchQueries>(`/admin/search/queries?${periodQuery(choice)}`)
