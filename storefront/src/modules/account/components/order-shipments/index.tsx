import type { OrderShipment } from "@/lib/data/orders"
import { formatDateTime } from "@/lib/util/dates"
import styles from "./styles.module.css"

/** The carrier's site, named by its address ("track.gig.example"), beside a tracking link. */
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "")
  } catch {
    return null
  }
}

/** Only http(s) addresses become links: a tracking address is typed by staff, and anything else stays text. */
const isWebAddress = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url)

/** Each parcel that left: when, how, and its tracking numbers linked to the carrier's tracking page. */
export default function OrderShipments({ shipments }: { shipments: OrderShipment[] }) {
  if (!shipments.length) return null
  return (
    <ul className={styles.list} data-testid="order-shipments">
      {shipments.map((shipment, i) => (
        <li key={shipment.id} className={styles.shipment} data-testid="order-shipment">
          <p className={styles.title}>
            {shipments.length > 1 ? `Parcel ${i + 1}` : "Your parcel"}
            {shipment.method ? <span className={styles.method}> · {shipment.method}</span> : null}
          </p>
          <p className={styles.meta}>
            {shipment.delivered_at ? `Delivered ${formatDateTime(shipment.delivered_at)}` : `Shipped ${formatDateTime(shipment.shipped_at)}`}
          </p>
          {shipment.tracking.length ? (
            <ul className={styles.tracking}>
              {shipment.tracking.map((t) => (
                <li key={t.number} data-testid="order-tracking">
                  <span className={styles.trackingLabel}>Tracking number</span>{" "}
                  {isWebAddress(t.url) ? (
                    <a href={t.url} target="_blank" rel="noopener noreferrer nofollow" className={styles.number}>
                      {t.number}
                      <span className={styles.carrier}> on {hostOf(t.url)}</span>
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  ) : (
                    <span className={styles.number}>{t.number}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.meta}>No tracking number for this parcel.</p>
          )}
        </li>
      ))}
    </ul>
  )
}
