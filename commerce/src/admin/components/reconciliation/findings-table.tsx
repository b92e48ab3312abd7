import { Badge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { GATEWAY_LABELS, KIND_LABELS, type ReconciliationFinding } from "../../lib/reconciliation-api"
import { formatMoney } from "../insights/format"

const money = (amount: number | null, currency: string | null) => (amount != null && currency ? formatMoney(Number(amount), currency.toLowerCase()) : "—")

/** What one run found, by gateway, each linked to its order here and (for Paystack) its transaction on Paystack's dashboard. */
export const FindingsTable = ({ findings }: { findings: ReconciliationFinding[] }) => {
  if (!findings.length) return <Text className="px-6 py-4 text-ui-fg-subtle">The payment gateways and the shop agree for this period.</Text>
  return (
    <Table data-testid="reconciliation-findings">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>What</Table.HeaderCell>
          <Table.HeaderCell>Gateway</Table.HeaderCell>
          <Table.HeaderCell>Details</Table.HeaderCell>
          <Table.HeaderCell className="text-right">At the gateway</Table.HeaderCell>
          <Table.HeaderCell className="text-right">In the shop</Table.HeaderCell>
          <Table.HeaderCell>Order</Table.HeaderCell>
          <Table.HeaderCell>Reference</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {findings.map((f) => (
          <Table.Row key={f.id}>
            <Table.Cell>
              <Badge size="2xsmall" color={f.kind === "paid_without_order" ? "red" : "orange"}>
                {KIND_LABELS[f.kind] ?? f.kind}
              </Badge>
            </Table.Cell>
            <Table.Cell>{GATEWAY_LABELS[f.provider] ?? f.provider}</Table.Cell>
            <Table.Cell className="max-w-lg whitespace-normal py-2">
              <Text size="small">{f.message}</Text>
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums">{money(f.gateway_amount, f.gateway_currency)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{money(f.shop_amount, f.shop_currency)}</Table.Cell>
            <Table.Cell>
              {f.order_id ? (
                <Link to={`/orders/${f.order_id}`} className="text-ui-fg-interactive hover:underline">
                  #{f.order_display_id ?? f.order_id}
                </Link>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell className="font-mono text-xs">
              {f.gateway_url ? (
                <a href={f.gateway_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
                  {f.reference}
                </a>
              ) : (
                f.reference ?? "—"
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
