import { Alert, Text } from "@medusajs/ui"
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { exportUrl, type Audience, type PeriodChoice } from "../../lib/insights-api"
import { ExportLink } from "./export-link"
import { formatDateTime, formatDay, formatNumber } from "./format"
import { CHART_COLOURS } from "./sales-chart"
import { Section } from "./section"
import { SimpleTable } from "./tables"

const Figure = ({ label, value }: { label: string; value: number }) => (
  <div>
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
    <Text size="large" weight="plus" className="tabular-nums">{formatNumber(value)}</Text>
  </div>
)

/** Weekly series (weeks start on Monday, in Lagos) as lines. */
const WeeklyChart = ({ rows, lines, label }: { rows: object[]; lines: { key: string; name: string; colour: string }[]; label: string }) => (
  <div className="h-56 w-full" role="img" aria-label={label}>
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        <XAxis dataKey="week" tickFormatter={formatDay} fontSize={12} tickLine={false} />
        <YAxis allowDecimals={false} fontSize={12} width={40} tickLine={false} axisLine={false} />
        <Tooltip labelFormatter={(week) => `Week of ${formatDay(String(week))}`} />
        <Legend />
        {lines.map((l) => <Line key={l.key} type="monotone" dataKey={l.key} name={l.name} stroke={l.colour} strokeWidth={2} dot={false} />)}
      </LineChart>
    </ResponsiveContainer>
  </div>
)

/** Events and newsletter (from the cms, when it answers) and the community. */
export const AudienceSection = ({ audience, choice }: { audience: Audience; choice: PeriodChoice }) => {
  const { cms, community } = audience
  return (
    <Section title="Audience" hint="Events and newsletter from the cms; the community from commerce" testId="insights-audience" actions={cms.available ? <ExportLink href={exportUrl("rsvps", choice)}>RSVPs CSV</ExportLink> : undefined}>
      <div className="flex flex-col gap-6">
        {cms.available ? (
          <>
            <SimpleTable
              rows={cms.events}
              empty="No events from the start of this period on."
              rowKey={(e) => String(e.id)}
              columns={[
                { title: "Event", cell: (e) => e.title },
                { title: "Starts", cell: (e) => formatDateTime(e.starts_at) },
                { title: "RSVPs", cell: (e) => formatNumber(e.registered), numeric: true },
                { title: "Capacity", cell: (e) => (e.capacity === null ? "Unlimited" : `${formatNumber(e.capacity)} (${Math.round((e.registered / Math.max(e.capacity, 1)) * 100)}% full)`), numeric: true },
                { title: "Cancelled", cell: (e) => formatNumber(e.cancelled), numeric: true },
              ]}
            />
            <div className="flex flex-wrap gap-8">
              <Figure label="Newsletter: confirmed" value={cms.newsletter.confirmed} />
              <Figure label="Waiting for confirmation" value={cms.newsletter.pending} />
              <Figure label="Unsubscribed" value={cms.newsletter.unsubscribed} />
            </div>
            <WeeklyChart
              rows={cms.newsletter.weekly}
              label="Newsletter sign-ups, confirmations and unsubscriptions by week"
              lines={[
                { key: "signed_up", name: "Signed up", colour: CHART_COLOURS.muted },
                { key: "confirmed", name: "Confirmed", colour: CHART_COLOURS.sales },
                { key: "unsubscribed", name: "Unsubscribed", colour: CHART_COLOURS.refunds },
              ]}
            />
          </>
        ) : (
          <Alert variant="warning">Events and newsletter figures are unavailable: {cms.message}</Alert>
        )}
        <div className="flex flex-wrap gap-8">
          <Figure label="Community members" value={community.members} />
          <Figure label="Joined in period" value={community.joined_in_period} />
          <Figure label="Open reports" value={community.open_reports} />
        </div>
        <WeeklyChart
          rows={community.weekly}
          label="Community discussions and replies by week"
          lines={[
            { key: "discussions", name: "Discussions", colour: CHART_COLOURS.sales },
            { key: "replies", name: "Replies", colour: CHART_COLOURS.muted },
          ]}
        />
      </div>
    </Section>
  )
}
