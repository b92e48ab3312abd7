import type { VendorPayout } from "@/lib/data/vendor-portal"
import { formatSubunits } from "@/lib/util/money"
import Badge from "@/modules/common/components/badge"
import EmptyState from "@/modules/common/components/empty-state"
import tableStyles from "@/modules/common/components/card-table/styles.module.css"

/** The payout statements staff recorded: what Paystack settled to the vendor for each period, or what the vendor owes back. */
export default function VendorPayoutList({ payouts }: { payouts: VendorPayout[] }) {
  if (!payouts.length) {
    return (
      <EmptyState title="No payout statements yet" testId="vendor-no-payouts">
        Paystack pays your share of each sale into your bank account; the shop records a statement for each period here.
      </EmptyState>
    )
  }
  return (
    <table className={tableStyles.table} data-testid="vendor-payouts">
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Status</th>
          <th scope="col">Reference</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {payouts.map((p) => (
          <tr key={p.id} data-testid="vendor-payout">
            <th scope="row">
              {p.period_from} to {p.period_to}
            </th>
            <td data-label="Status">
              {p.status === "settled" ? <Badge tone="success">Paid by Paystack</Badge> : <Badge tone="warning">You owe the shop</Badge>}
            </td>
            <td data-label="Reference">{p.reference ?? "—"}</td>
            <td data-label="Amount">{formatSubunits(p.amount, p.currency_code)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
