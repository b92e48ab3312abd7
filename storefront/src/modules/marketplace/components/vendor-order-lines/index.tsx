import type { VendorOrder } from "@/lib/data/vendor-orders"
import { formatAmount } from "@/lib/util/money"
import styles from "@/modules/common/components/card-table/styles.module.css"
import { lineStatusLabel } from "@/modules/marketplace/components/vendor-order-list/status"
import own from "./styles.module.css"

/** The vendor's own lines of one order: what, how many, at what price, and how far each has got. */
export default function VendorOrderLines({ order }: { order: VendorOrder }) {
  return (
    <table className={styles.table} data-testid="vendor-order-lines">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Unit price</th>
          <th scope="col">Status</th>
          <th scope="col">Line total</th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((line) => (
          <tr key={line.id} data-testid="vendor-order-line">
            <th scope="row">
              {line.title}
              {line.variant ? <span className={own.variant}>{line.variant}</span> : null}
            </th>
            <td data-label="Quantity">{line.quantity}</td>
            <td data-label="Unit price">{formatAmount(line.unit_price, order.currency_code)}</td>
            <td data-label="Status" data-testid="vendor-order-line-status">
              {lineStatusLabel(line)}
              {line.kind === "print" && line.shipped_quantity > 0 && line.shipped_quantity < line.quantity ? ` (${line.shipped_quantity} of ${line.quantity})` : ""}
            </td>
            <td data-label="Line total">{formatAmount(line.total, order.currency_code)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
