import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import styles from "./styles.module.css"
import { orderDate, statusLabel } from "./status"

type Props = { orders: HttpTypes.StoreOrder[]; countryCode: string; page: number; pages: number }

export default function OrderList({ orders, countryCode, page, pages }: Props) {
  const base = `/${countryCode}/account/orders`
  return (
    <section aria-labelledby="orders-heading">
      <h1 id="orders-heading">Your orders</h1>
      {orders.length === 0 ? (
        <div className="notice" data-testid="no-orders">
          <p>You have not placed any orders yet.</p>
          <p>
            <Link href={`/${countryCode}/store`}>Browse the books</Link>
          </p>
        </div>
      ) : (
        <table className={styles.table} data-testid="order-list">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Placed</th>
              <th scope="col">Items</th>
              <th scope="col">Status</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} data-testid="order-row">
                <th scope="row">
                  <Link href={`${base}/${order.id}`}>#{order.display_id}</Link>
                </th>
                <td>{orderDate(order.created_at)}</td>
                <td>{(order.items ?? []).reduce((n, item) => n + Number(item.quantity ?? 0), 0)}</td>
                <td>{statusLabel(order.status)}</td>
                <td>{formatAmount(Number(order.total ?? 0), order.currency_code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav aria-label="Order pages" className={styles.pages}>
          {page > 1 && <Link href={`${base}?page=${page - 1}`}>← Newer orders</Link>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={`${base}?page=${page + 1}`}>Older orders →</Link>}
        </nav>
      )}
    </section>
  )
}
