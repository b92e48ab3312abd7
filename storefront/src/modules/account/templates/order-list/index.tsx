import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import Pager from "@/modules/common/components/pager"
import styles from "@/modules/common/components/card-table/styles.module.css"
import { orderDate, orderProgress } from "./status"

type Props = { orders: HttpTypes.StoreOrder[]; countryCode: string; page: number; pages: number }

export default function OrderList({ orders, countryCode, page, pages }: Props) {
  const base = `/${countryCode}/account/orders`
  return (
    <section aria-labelledby="orders-heading">
      <h1 id="orders-heading">Your orders</h1>
      {orders.length === 0 ? (
        <EmptyState title="No orders yet" testId="no-orders" action={<ButtonLink href={`/${countryCode}/store`}>Browse the books</ButtonLink>}>
          Your orders appear here once you have placed one.
        </EmptyState>
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
                <td data-label="Placed">{orderDate(order.created_at)}</td>
                <td data-label="Items">{(order.items ?? []).reduce((n, item) => n + Number(item.quantity ?? 0), 0)}</td>
                <td data-label="Status" data-testid="order-row-status">{orderProgress(order)}</td>
                <td data-label="Total">{formatAmount(Number(order.total ?? 0), order.currency_code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager label="Order pages" page={page} pages={pages} href={(p) => `${base}?page=${p}`} previousLabel="Newer orders" nextLabel="Older orders" />
    </section>
  )
}
