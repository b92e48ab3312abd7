import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import Card from "@/modules/common/components/card"
import { lineName } from "@/lib/util/line-title"
import { deliveryLabel, orderDate, orderProgress, paymentLabel } from "@/modules/account/templates/order-list/status"
import styles from "./styles.module.css"

export default function OrderDetail({ order, countryCode }: { order: HttpTypes.StoreOrder; countryCode: string }) {
  const money = (amount: unknown) => formatAmount(Number(amount ?? 0), order.currency_code)
  return (
    <article aria-labelledby="order-heading" data-testid="order-detail">
      <p className={styles.back}>
        <Link href={`/${countryCode}/account/orders`}>
          <span aria-hidden="true">←</span> All orders
        </Link>
      </p>
      <h1 id="order-heading">Order #{order.display_id}</h1>
      <dl className={styles.facts}>
        <div>
          <dt>Placed</dt>
          <dd>{orderDate(order.created_at)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="order-status">{orderProgress(order)}</dd>
        </div>
        <div>
          <dt>Payment</dt>
          <dd data-testid="order-payment">{paymentLabel(order.payment_status)}</dd>
        </div>
        <div>
          <dt>Delivery</dt>
          <dd data-testid="order-delivery">{deliveryLabel(order.fulfillment_status)}</dd>
        </div>
      </dl>
      <Card className={styles.card}>
        <h2>Items</h2>
        <ul className={styles.items}>
          {(order.items ?? []).map((item) => (
            <li key={item.id} data-testid="order-item">
              <span>
                {lineName(item).name} × {item.quantity}
              </span>
              <span>{money(item.subtotal)}</span>
            </li>
          ))}
        </ul>
        <dl className={styles.totals}>
          <div>
            <dt>Subtotal</dt>
            <dd>{money(order.item_subtotal)}</dd>
          </div>
          {Number(order.discount_total ?? 0) > 0 && (
            <div>
              <dt>Discount</dt>
              <dd>−{money(order.discount_total)}</dd>
            </div>
          )}
          <div>
            <dt>Shipping</dt>
            <dd>{money(order.shipping_total)}</dd>
          </div>
          <div>
            <dt>Tax</dt>
            <dd>{money(order.tax_total)}</dd>
          </div>
          <div>
            <dt>Total</dt>
            <dd data-testid="order-total">{money(order.total)}</dd>
          </div>
        </dl>
      </Card>
    </article>
  )
}
