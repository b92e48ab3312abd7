import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { Overview } from "../../lib/insights-api"
import { formatDay, formatMoney, formatMoneyShort } from "./format"
import { Nothing } from "./section"

// Colours of the admin's own palette (blue for sales, red for money given back).
export const CHART_COLOURS = { sales: "#3b82f6", refunds: "#ef4444", muted: "#a1a1aa", grid: "#e4e4e7" }

/** Sales and refunds of each Lagos day of the period. */
export const SalesByDayChart = ({ days, currency }: { days: Overview["by_day"]; currency: string }) => {
  if (!days.some((d) => d.gross || d.refunded)) return <Nothing>No sales in this period.</Nothing>
  const money = (value: unknown) => formatMoney(Number(value), currency)
  return (
    <div className="h-72 w-full" role="img" aria-label="Sales and refunds by day">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={days} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
          <XAxis dataKey="day" tickFormatter={formatDay} tickLine={false} fontSize={12} minTickGap={16} />
          <YAxis tickFormatter={(v: number) => formatMoneyShort(v, currency)} tickLine={false} axisLine={false} fontSize={12} width={72} />
          <Tooltip formatter={money} labelFormatter={(day) => formatDay(String(day))} />
          <Legend />
          <Bar dataKey="gross" name="Sales" fill={CHART_COLOURS.sales} radius={[3, 3, 0, 0]} />
          <Bar dataKey="refunded" name="Refunds" fill={CHART_COLOURS.refunds} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

/** A share of sales (by format or category) as horizontal bars. */
export const ShareChart = ({ shares, currency, label }: { shares: Overview["by_format"]; currency: string; label: string }) => {
  if (!shares.some((s) => s.revenue)) return <Nothing />
  const rows = shares.map((s) => ({ ...s, name: s.label[0].toUpperCase() + s.label.slice(1) }))
  return (
    <div className="w-full" style={{ height: 48 + rows.length * 36 }} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
          <XAxis type="number" tickFormatter={(v: number) => formatMoneyShort(v, currency)} fontSize={12} />
          <YAxis type="category" dataKey="name" width={130} fontSize={12} tickLine={false} />
          <Tooltip formatter={(v) => formatMoney(Number(v), currency)} />
          <Bar dataKey="revenue" name="Sales" fill={CHART_COLOURS.sales} radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
