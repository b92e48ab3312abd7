import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Alert, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { AfterSale } from "../../components/insights/after-sale"
import { AudienceSection } from "../../components/insights/audience-section"
import { ExportLink } from "../../components/insights/export-link"
import { formatDateTime, STORE_TIME_ZONE } from "../../components/insights/format"
import { KpiCards } from "../../components/insights/kpi-cards"
import { LearningSection } from "../../components/insights/learning-section"
import { CurrencyTabs, PeriodPicker } from "../../components/insights/period-picker"
import { SalesBreakdowns } from "../../components/insights/sales-breakdowns"
import { SalesByDayChart } from "../../components/insights/sales-chart"
import { Section } from "../../components/insights/section"
import { useInsight } from "../../components/insights/use-insights"
import { exportUrl, periodQuery, type Audience, type Learning, type Overview, type PeriodChoice } from "../../lib/insights-api"

/** Sales, learners and audience for a period, in one currency at a time, against the previous period. */
const InsightsPage = () => {
  const [choice, setChoice] = useState<PeriodChoice>({ period: "30d" })
  const [currency, setCurrency] = useState("ngn")
  const [learnersOffset, setLearnersOffset] = useState(0)
  const overview = useInsight<{ overview: Overview }>("overview", periodQuery(choice, { currency }))
  const learning = useInsight<Learning>("learning", periodQuery(choice, { offset: learnersOffset }))
  const audience = useInsight<{ audience: Audience }>("audience", periodQuery(choice))
  const sales = overview.data?.overview
  const choose = (next: PeriodChoice) => {
    setChoice(next)
    setLearnersOffset(0)
  }

  return (
    <div className="flex flex-col gap-3" data-testid="insights-page">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <Heading>Insights</Heading>
            <Text size="small" className="text-ui-fg-subtle" data-testid="insights-range">
              {sales
                ? `${formatDateTime(sales.period.from)} to ${formatDateTime(sales.period.to)} (${STORE_TIME_ZONE} time), against the ${sales.period.days}-day period before`
                : "Loading…"}
            </Text>
          </div>
          <div className="flex flex-wrap gap-2">
            <ExportLink href={exportUrl("orders", choice, currency)}>Orders CSV</ExportLink>
            <ExportLink href={exportUrl("customers", choice, currency)}>Customers CSV</ExportLink>
          </div>
        </div>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <PeriodPicker choice={choice} onChange={choose} />
          <CurrencyTabs currencies={sales?.currencies ?? ["ngn", "usd"]} value={currency} onChange={setCurrency} />
        </div>
        {overview.error && <Alert variant="error">{overview.error}</Alert>}
      </Container>
      {!sales ? (
        <Skeleton className="h-64 w-full" />
      ) : (
        <div className={overview.loading ? "flex flex-col gap-3 opacity-60" : "flex flex-col gap-3"} aria-busy={overview.loading}>
          <KpiCards figures={sales.figures} previous={sales.previous} currency={sales.currency} />
          <Section title="Sales by day" hint="Orders count on the day they were placed, refunds on the day they were given" testId="insights-by-day">
            <SalesByDayChart days={sales.by_day} currency={sales.currency} />
          </Section>
          <SalesBreakdowns overview={sales} />
          <AfterSale overview={sales} />
        </div>
      )}
      {learning.error && <Alert variant="error">{learning.error}</Alert>}
      {learning.data && <LearningSection learning={learning.data} choice={choice} onPage={setLearnersOffset} />}
      {audience.error && <Alert variant="error">{audience.error}</Alert>}
      {audience.data && <AudienceSection audience={audience.data.audience} choice={choice} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Insights", icon: ChartBar })

export default InsightsPage
