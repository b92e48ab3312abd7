import { Badge, Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { STATUS_LABELS, type ReconciliationRun } from "../../lib/reconciliation-api"
import { formatDateTime, formatNumber } from "../insights/format"

const STATUS_COLOURS = { running: "blue", completed: "green", failed: "red" } as const
const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`

/** Past runs, newest first, dates in Lagos; choosing one shows its findings (or why it failed). */
export const RunsTable = ({ runs, selected, onSelect }: { runs: ReconciliationRun[]; selected?: string; onSelect: (id: string) => void }) => (
  <Table data-testid="reconciliation-runs">
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Started</Table.HeaderCell>
        <Table.HeaderCell>Period checked</Table.HeaderCell>
        <Table.HeaderCell>By</Table.HeaderCell>
        <Table.HeaderCell>Status</Table.HeaderCell>
        <Table.HeaderCell>Checked</Table.HeaderCell>
        <Table.HeaderCell>Differences</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {runs.map((run) => (
        <Table.Row
          key={run.id}
          onClick={() => onSelect(run.id)}
          aria-selected={run.id === selected}
          className={`cursor-pointer ${run.id === selected ? "bg-ui-bg-highlight" : ""}`}
        >
          <Table.Cell>
            <Link to={`?run=${encodeURIComponent(run.id)}`} className="text-ui-fg-interactive hover:underline">
              {formatDateTime(run.started_at)}
            </Link>
          </Table.Cell>
          <Table.Cell>
            {formatDateTime(run.period_from)} – {formatDateTime(run.period_to)}
          </Table.Cell>
          <Table.Cell>{run.trigger === "scheduled" ? "Daily job" : "Run now"}</Table.Cell>
          <Table.Cell>
            <Badge size="2xsmall" color={STATUS_COLOURS[run.status]} title={run.error ?? undefined}>
              {STATUS_LABELS[run.status] ?? run.status}
            </Badge>
          </Table.Cell>
          <Table.Cell>
            {run.status === "completed"
              ? `${plural(run.transactions_checked, "transaction", "transactions")}, ${plural(run.orders_checked, "order", "orders")}`
              : "—"}
          </Table.Cell>
          <Table.Cell>{run.status === "completed" ? formatNumber(run.finding_count) : "—"}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
