import { Badge, Container, Text } from "@medusajs/ui"
import type { Figures } from "../../lib/insights-api"
import { changeFrom, formatMoney, formatNumber, formatPercent } from "./format"

type Kpi = { key: keyof Figures; label: string; money?: boolean; fewerIsBetter?: boolean }

const KPIS: Kpi[] = [
  { key: "net", label: "Revenue, net of refunds", money: true },
  { key: "orders", label: "Orders" },
  { key: "average_order_value", label: "Average order value", money: true },
  { key: "refunded", label: "Refunded", money: true, fewerIsBetter: true },
  { key: "new_customers", label: "New customers" },
  { key: "returning_customers", label: "Returning customers" },
]

/** How a figure moved since the previous period, coloured by whether that is good news. */
const Change = ({ current, previous, fewerIsBetter }: { current: number; previous: number; fewerIsBetter?: boolean }) => {
  const change = changeFrom(current, previous)
  if (change === null) return <Badge size="2xsmall" color="grey">new</Badge>
  const good = fewerIsBetter ? change < 0 : change > 0
  const color = change === 0 ? "grey" : good ? "green" : "red"
  return (
    <Badge size="2xsmall" color={color} title="Change from the previous period">
      {change > 0 ? "▲" : change < 0 ? "▼" : "="} {formatPercent(Math.abs(change))}
    </Badge>
  )
}

/** The headline figures of the period, each against the previous period. */
export const KpiCards = ({ figures, previous, currency }: { figures: Figures; previous: Figures; currency: string }) => (
  <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="insights-kpis">
    {KPIS.map((kpi) => {
      const show = (n: number) => (kpi.money ? formatMoney(n, currency) : formatNumber(n))
      return (
        <Container key={kpi.key} className="flex flex-col gap-1 px-5 py-4" data-testid={`kpi-${kpi.key}`}>
          <Text size="small" className="text-ui-fg-subtle">{kpi.label}</Text>
          <Text size="xlarge" weight="plus" className="tabular-nums">{show(figures[kpi.key])}</Text>
          <div className="flex items-center gap-2">
            <Change current={figures[kpi.key]} previous={previous[kpi.key]} fewerIsBetter={kpi.fewerIsBetter} />
            <Text size="xsmall" className="text-ui-fg-muted">was {show(previous[kpi.key])}</Text>
          </div>
        </Container>
      )
    })}
  </div>
)
