import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { Dispute } from "@/lib/data/disputes"
import type { OrderTimeline as Timeline } from "@/lib/data/orders"
import CancelOrderForm from "@/modules/account/components/cancel-order-form"
import LineDispute from "@/modules/account/components/line-dispute"
import OrderShipments from "@/modules/account/components/order-shipments"
import OrderTimeline from "@/modules/account/components/order-timeline"
import { formatAmount } from "@/lib/util/money"
import Card from "@/modules/common/components/card"
import { lineName } from "@/lib/util/line-title"
import { deliveryLabel, orderDate, orderProgress, paymentLabel } from "@/modules/account/templates/order-list/status"
import styles from "./styles.module.css"

type Props = {
  order: HttpTypes.StoreOrder
  timeline: Timeline | null
  countryCode: string
  contactEmail: string | null
  /** The order's disputes and until when a problem may be reported; null when they could not be read. */
  disputes?: { disputes: Dispute[]; open_until: string } | null
}

/** Why a reader cannot cancel online and who can help, or, once cancelled, when the money arrives. */
function CannotCancel({ timeline, contactEmail }: { timeline: Timeline; contactEmail: string | null }) {
  const rule = timeline.cancellation
  if (rule.allowed || rule.reason === "completed") return null
  if (rule.reason === "cancelled") {
    const refunded = timeline.events.some((event) => event.kind === "refunded")
    return (
      <p className={styles.contact} data-testid="order-cancelled-note">
        This order is cancelled.{refunded ? " Your refund is on its way: banks usually take 5 to 10 working days to show it." : ""}
      </p>
    )
  }
  return (
    <p className={styles.contact} data-testid="order-cancel-unavailable">
      {rule.message}.{" "}
      {contactEmail ? (
        <>
          Need to change something? Contact us at <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
        </>
      ) : (
        "Need to change something? Reply to your order email and we will help."
      )}
    </p>
  )
}

export default function OrderDetail({ order, timeline, countryCode, contactEmail, disputes = null }: Props) {
  const money = (amount: unknown) => formatAmount(Number(amount ?? 0), order.currency_code)
  // Medusa leaves a cancelled order's fulfilment status as it was ("not fulfilled"): nothing will ship now.
  const cancelled = order.status === "canceled"
  const refunded = Number(order.credit_line_total ?? 0)
  const canReport = !!disputes && !cancelled && new Date(disputes.open_until).getTime() > Date.now()
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
          <dd data-testid="order-delivery">{cancelled ? deliveryLabel("canceled") : deliveryLabel(order.fulfillment_status)}</dd>
        </div>
      </dl>
      <div className={styles.layout}>
        <Card className={styles.card}>
          <h2>Items</h2>
          <ul className={styles.items}>
            {(order.items ?? []).map((item) => (
              <li key={item.id} data-testid="order-item">
                <div className={styles.line}>
                  <span>
                    {lineName(item).name} × {item.quantity}
                  </span>
                  <span>{money(item.subtotal)}</span>
                </div>
                {disputes && (
                  <LineDispute
                    orderId={order.id}
                    lineItemId={item.id}
                    lineName={lineName(item).name}
                    disputes={disputes.disputes.filter((d) => d.line_item_id === item.id)}
                    canReport={canReport}
                  />
                )}
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
            {refunded > 0 && (
              <div data-testid="order-refunded">
                <dt>Refunded</dt>
                <dd>−{money(refunded)}</dd>
              </div>
            )}
            <div>
              <dt>Total</dt>
              <dd data-testid="order-total">{money(order.total)}</dd>
            </div>
          </dl>
        </Card>
        {timeline && (
          <Card as="section" className={styles.card} aria-labelledby="order-progress-heading">
            <h2 id="order-progress-heading">Progress</h2>
            <OrderTimeline events={timeline.events} currencyCode={order.currency_code} />
            {timeline.shipments.length > 0 && (
              <>
                <h3 className={styles.subheading}>Tracking</h3>
                <OrderShipments shipments={timeline.shipments} />
              </>
            )}
            <div className={styles.cancel}>
              {timeline.cancellation.allowed ? (
                <CancelOrderForm orderId={order.id} displayId={order.display_id ?? 0} />
              ) : (
                <CannotCancel timeline={timeline} contactEmail={contactEmail} />
              )}
            </div>
          </Card>
        )}
      </div>
    </article>
  )
}
