import type { VendorOrder } from "@/lib/data/vendor-orders"
import { formatAmount } from "@/lib/util/money"
import { formatDateTime } from "@/lib/util/dates"
import { orderDate, paymentLabel } from "@/modules/account/templates/order-list/status"
import Alert from "@/modules/common/components/alert"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import { VENDOR_ORDER_STATUS } from "@/modules/marketplace/components/vendor-order-list/status"
import VendorOrderLines from "@/modules/marketplace/components/vendor-order-lines"
import VendorPortalNav from "@/modules/marketplace/components/vendor-portal-nav"
import VendorShipForm from "@/modules/marketplace/components/vendor-ship-form"
import styles from "./styles.module.css"

const regionNames = new Intl.DisplayNames(["en"], { type: "region" })
const country = (code: string | null) => (code ? (regionNames.of(code.toUpperCase()) ?? code.toUpperCase()) : null)

/** One order as the vendor sees it: their lines, where to send the print copies, their parcels, and "Mark shipped". */
export default function VendorOrderPage({ order, vendorName, selling, countryCode }: { order: VendorOrder; vendorName: string; selling: boolean; countryCode: string }) {
  const toShip = order.lines.filter((l) => l.left_to_ship > 0)
  const shipTo = order.ship_to
  const lineTitle = (id: string) => order.lines.find((l) => l.id === id)?.title ?? id
  return (
    <PageContainer as="section" aria-labelledby="vendor-order-heading" stack>
      <PageHeader
        title={`Order #${order.display_id}`}
        headingId="vendor-order-heading"
        titleTestId="vendor-order-title"
        trail={[{ href: `/${countryCode}/vendor`, label: vendorName }, { href: `/${countryCode}/vendor/orders`, label: "Orders" }]}
        lead={`Placed ${orderDate(order.created_at)} · ${paymentLabel(order.payment_status)} · your items ${formatAmount(order.total, order.currency_code)}`}
        actions={<Badge tone={VENDOR_ORDER_STATUS[order.status].tone} testId="vendor-order-status">{VENDOR_ORDER_STATUS[order.status].label}</Badge>}
      />
      <VendorPortalNav countryCode={countryCode} />
      <VendorOrderLines order={order} />
      <div className={styles.columns}>
        {shipTo ? (
          <Card as="section" aria-labelledby="ship-to-heading" data-testid="vendor-order-ship-to">
            <h2 id="ship-to-heading" className={styles.heading}>Ship to</h2>
            <address className={styles.address}>
              {[shipTo.name, shipTo.company, shipTo.address_1, shipTo.address_2, [shipTo.city, shipTo.province, shipTo.postal_code].filter(Boolean).join(", "), country(shipTo.country_code)]
                .filter(Boolean)
                .map((part) => (
                  <span key={part}>{part}</span>
                ))}
              {shipTo.phone ? <span>Phone for delivery: {shipTo.phone}</span> : null}
            </address>
          </Card>
        ) : (
          <Card as="section" tone="sunk" data-testid="vendor-order-digital-only">
            <p className={styles.note}>Ebooks and courses only: the reader has them in their library already. Nothing to ship.</p>
          </Card>
        )}
        {order.shipments.length ? (
          <Card as="section" aria-labelledby="parcels-heading" data-testid="vendor-order-shipments">
            <h2 id="parcels-heading" className={styles.heading}>Your parcels</h2>
            <ul className={styles.parcels}>
              {order.shipments.map((s) => (
                <li key={s.id} data-testid="vendor-order-shipment">
                  <strong>{s.delivered_at ? `Delivered ${formatDateTime(s.delivered_at)}` : s.shipped_at ? `Shipped ${formatDateTime(s.shipped_at)}` : `Packed ${formatDateTime(s.created_at)}`}</strong>
                  <span>{s.items.map((i) => `${i.quantity} × ${lineTitle(i.line_item_id)}`).join(", ")}</span>
                  <span>
                    {s.carrier ? `${s.carrier} · ` : ""}
                    {s.tracking_numbers.length ? `Tracking ${s.tracking_numbers.join(", ")}` : "No tracking number"}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
      {order.status === "canceled" ? (
        <Alert tone="warning" testId="vendor-order-cancelled">This order was cancelled: do not send anything.</Alert>
      ) : toShip.length ? (
        selling ? (
          <Card as="section" aria-labelledby="ship-heading">
            <h2 id="ship-heading" className={styles.heading}>Mark shipped</h2>
            <VendorShipForm orderId={order.id} lines={toShip} countryCode={countryCode} />
          </Card>
        ) : (
          <Alert tone="warning" testId="vendor-cannot-ship">Your vendor account is not approved just now: the shop ships these copies meanwhile.</Alert>
        )
      ) : null}
    </PageContainer>
  )
}
