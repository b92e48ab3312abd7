import Link from "next/link"
import type { VendorOrder } from "@/lib/data/vendor-orders"
import { formatAmount } from "@/lib/util/money"
import { orderDate, paymentLabel } from "@/modules/account/templates/order-list/status"
import Badge from "@/modules/common/components/badge"
import styles from "@/modules/common/components/card-table/styles.module.css"
import { VENDOR_ORDER_STATUS } from "./status"

const copies = (order: VendorOrder) => order.lines.reduce((n, l) => n + l.quantity, 0)

/** The vendor's orders, newest first: number, date, their lines in brief, payment and where their part stands. */
export default function VendorOrderList({ orders, countryCode }: { orders: VendorOrder[]; countryCode: string }) {
  return (
    <table className={styles.table} data-testid="vendor-order-list">
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Date</th>
          <th scope="col">Your items</th>
          <th scope="col">Payment</th>
          <th scope="col">Status</th>
          <th scope="col">Your total</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid="vendor-order-row">
            <th scope="row">
              <Link href={`/${countryCode}/vendor/orders/${order.id}`} data-testid="vendor-order-link">
                #{order.display_id}
              </Link>
            </th>
            <td data-label="Date">{orderDate(order.created_at)}</td>
            <td data-label="Your items">
              {order.lines.map((l) => `${l.title}${l.variant ? ` (${l.variant})` : ""}`).join(", ")} · {copies(order)} {copies(order) === 1 ? "copy" : "copies"}
            </td>
            <td data-label="Payment">{paymentLabel(order.payment_status)}</td>
            <td data-label="Status" data-testid="vendor-order-status">
              <Badge tone={VENDOR_ORDER_STATUS[order.status].tone}>{VENDOR_ORDER_STATUS[order.status].label}</Badge>
            </td>
            <td data-label="Your total">{formatAmount(order.total, order.currency_code)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
