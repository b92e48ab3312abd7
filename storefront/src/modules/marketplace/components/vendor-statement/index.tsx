import type { LedgerEntryType, VendorStatement } from "@/lib/data/vendor-portal"
import { formatSubunits } from "@/lib/util/money"
import Card from "@/modules/common/components/card"
import EmptyState from "@/modules/common/components/empty-state"
import tableStyles from "@/modules/common/components/card-table/styles.module.css"
import styles from "./styles.module.css"

export const ENTRY_TYPE: Record<LedgerEntryType, string> = {
  sale: "Sale",
  commission: "Shop's commission",
  fee: "Paystack fee",
  refund_clawback: "Refund taken back",
  adjustment: "Adjustment by the shop",
}

const dateOf = (iso: string) => new Intl.DateTimeFormat("en-NG", { dateStyle: "medium", timeZone: "Africa/Lagos" }).format(new Date(iso))

/** Balances per currency (before the period, after it, today), then the period's entries. */
export default function VendorStatementView({ statement, balance }: { statement: VendorStatement; balance: Record<string, number> }) {
  const currencies = [...new Set([...Object.keys(statement.balances), ...Object.keys(balance)])].sort()
  return (
    <>
      {currencies.length ? (
        <div className={styles.balances}>
          {currencies.map((cc) => (
            <Card key={cc} data-testid={`vendor-balance-${cc}`}>
              <h3 className={styles.currency}>{cc.toUpperCase()}</h3>
              <dl className={styles.figures}>
                <dt>Before {statement.from}</dt>
                <dd data-testid="vendor-balance-opening">{formatSubunits(statement.balances[cc]?.opening ?? 0, cc)}</dd>
                <dt>After {statement.to}</dt>
                <dd data-testid="vendor-balance-closing">{formatSubunits(statement.balances[cc]?.closing ?? 0, cc)}</dd>
                <dt>Today</dt>
                <dd data-testid="vendor-balance-today">{formatSubunits(balance[cc] ?? 0, cc)}</dd>
              </dl>
            </Card>
          ))}
        </div>
      ) : null}
      {statement.entries.length ? (
        <table className={tableStyles.table} data-testid="vendor-ledger">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Order</th>
              <th scope="col">Item</th>
              <th scope="col">Type</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {statement.entries.map((e) => (
              <tr key={e.id} data-testid="vendor-ledger-entry" data-type={e.type}>
                <th scope="row">{dateOf(e.created_at)}</th>
                <td data-label="Order" data-testid="vendor-ledger-order">{e.order_display_id ? `#${e.order_display_id}` : "—"}</td>
                <td data-label="Item">{e.line_title ?? e.note ?? "—"}</td>
                <td data-label="Type">{ENTRY_TYPE[e.type]}</td>
                <td data-label="Amount" data-testid="vendor-ledger-amount">{formatSubunits(e.amount, e.currency_code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState title="Nothing in this period" testId="vendor-ledger-empty">
          Sales, the shop&apos;s commission, refunds and adjustments appear here as they happen.
        </EmptyState>
      )}
    </>
  )
}
