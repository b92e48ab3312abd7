import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Alert, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { formatDateTime, formatNumber, formatPercent, STORE_TIME_ZONE } from "../../components/insights/format"
import { PeriodPicker } from "../../components/insights/period-picker"
import { Section } from "../../components/insights/section"
import { SimpleTable, type Column } from "../../components/insights/tables"
import type { PeriodChoice } from "../../lib/insights-api"
import { searchQueriesApi, type QueryFigures, type SearchQueries } from "../../lib/search-api"

const TOP: Column<QueryFigures>[] = [
  { title: "Query", cell: (r) => r.query },
  { title: "Searches", cell: (r) => formatNumber(r.searches), numeric: true },
  { title: "Found nothing", cell: (r) => `${formatNumber(r.empty_searches)} (${formatPercent(r.searches ? r.empty_searches / r.searches : null)})`, numeric: true },
]
const NO_RESULTS: Column<QueryFigures>[] = [
  { title: "Query", cell: (r) => r.query },
  { title: "Searches that found nothing", cell: (r) => formatNumber(r.empty_searches), numeric: true },
  { title: "All searches", cell: (r) => formatNumber(r.searches), numeric: true },
]

/** What readers search the shop for: the top queries, and those that found nothing (counts per query and day, no readers). */
const SearchQueriesPage = () => {
  const [choice, setChoice] = useState<PeriodChoice>({ period: "30d" })
  const [state, setState] = useState<{ data: SearchQueries | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true })
  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true, error: null }))
    searchQueriesApi(choice).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (e: Error) => current && setState((s) => ({ ...s, error: e.message, loading: false }))
    )
    return () => {
      current = false
    }
  }, [choice])
  const data = state.data
  return (
    <div className="flex flex-col gap-3" data-testid="search-queries-page">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <div>
          <Heading>Search</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="search-queries-range">
            {data
              ? `${formatNumber(data.searches)} searches from ${formatDateTime(data.period.from)} to ${formatDateTime(data.period.to)} (${STORE_TIME_ZONE} time)`
              : "Loading…"}
          </Text>
        </div>
        <PeriodPicker choice={choice} onChange={setChoice} />
        {state.error && <Alert variant="error">{state.error}</Alert>}
      </Container>
      {!data ? (
        <Skeleton className="h-64 w-full" />
      ) : (
        <div className={state.loading ? "flex flex-col gap-3 opacity-60" : "flex flex-col gap-3"} aria-busy={state.loading}>
          <Section title="Top queries" hint="Queries as words, lower-case and without accents; suggestions while typing are not counted" testId="search-top-queries">
            <SimpleTable rows={data.top} columns={TOP} rowKey={(r) => r.query} empty="Nobody searched in this period." />
          </Section>
          <Section title="Queries that found nothing" hint="What readers looked for and the shop did not have: content to write, words to add" testId="search-no-results">
            <SimpleTable rows={data.no_results} columns={NO_RESULTS} rowKey={(r) => r.query} empty="Every search in this period found something." />
          </Section>
        </div>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Search", icon: MagnifyingGlass })

export default SearchQueriesPage
