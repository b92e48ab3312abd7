import Link from "next/link"
import type { OrderConfirmation } from "@/lib/data/orders"
import { addressLines } from "@/lib/util/checkout"
import { lineName } from "@/lib/util/line-title"
import { formatAmount } from "@/lib/util/money"
import CartCountSync from "@/modules/cart/components/cart-count-sync"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import DigitalItems from "../../components/digital-items"
import styles from "./styles.module.css"

type Props = { confirmation: OrderConfirmation; countryCode: string; signedIn: boolean }

/** The order just placed: what was bought, what it cost, where it goes, and where the ebooks and courses are. */
export default function OrderConfirmed({ confirmation, countryCode, signedIn }: Props) {
  const { order } = confirmation
  const money = (amount: unknown) => formatAmount(Number(amount ?? 0), order.currency_code)
  const items = order.items
  const hasPrint = items.some((item) => item.kind === "print")
  return (
    <PageContainer as="article" width="narrow" stack aria-labelledby="confirmed-heading" data-testid="order-confirmed">
      <CartCountSync count={0} />
      <h1 id="confirmed-heading" className={styles.heading}>
        <span className={styles.tick} aria-hidden="true">
          ✓
        </span>
        Thank you for your order
      </h1>
      <p className={styles.lead}>
        Your order number is <strong data-testid="order-display-id">#{order.display_id}</strong>.{" "}
        <span data-testid="confirmation-email">
          We sent a confirmation to <strong>{order.email}</strong>.
        </span>
      </p>
      <Card as="section" aria-labelledby="items-heading">
        <h2 id="items-heading" className={styles.cardHeading}>
          Items
        </h2>
        <ul className={styles.items}>
          {items.map((item) => (
            <li key={item.id} data-testid="order-item" data-format={item.variant_title ?? ""} data-kind={item.kind}>
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
            <dd data-testid="order-subtotal">{money(order.item_subtotal)}</dd>
          </div>
          {Number(order.discount_total ?? 0) > 0 && (
            <div>
              <dt>Discount</dt>
              <dd>−{money(order.discount_total)}</dd>
            </div>
          )}
          {hasPrint && (
            <div>
              <dt>Shipping</dt>
              <dd data-testid="order-shipping">{money(order.shipping_total)}</dd>
            </div>
          )}
          <div>
            <dt>Tax</dt>
            <dd data-testid="order-tax">{money(order.tax_total)}</dd>
          </div>
          <div className={styles.total}>
            <dt>Total paid</dt>
            <dd data-testid="order-total">{money(order.total)}</dd>
          </div>
        </dl>
      </Card>
      {hasPrint && order.shipping_address && (
        <Card as="section" aria-labelledby="delivery-heading">
          <h2 id="delivery-heading" className={styles.cardHeading}>
            Delivery
          </h2>
          <address className={styles.address}>
            {addressLines(order.shipping_address).map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
          {order.shipping_methods?.[0]?.name && <p>{order.shipping_methods[0].name}</p>}
        </Card>
      )}
      <DigitalItems confirmation={confirmation} countryCode={countryCode} signedIn={signedIn} />
      <p>
        {signedIn ? (
          <Link href={`/${countryCode}/account/orders/${order.id}`}>See this order in your account</Link>
        ) : (
          <Link href={`/${countryCode}/store`}>Keep browsing</Link>
        )}
      </p>
    </PageContainer>
  )
}

/** An order placed without signing in, for an email that has an account: the account holds its details. */
export function OrderPlacedForAccount({ countryCode }: { countryCode: string }) {
  return (
    <PageContainer width="narrow" data-testid="order-confirmed">
      <CartCountSync count={0} />
      <h1>Thank you for your order</h1>
      <p>
        Your order is placed and a confirmation is on its way by email. Its email address belongs to an account, so its details are kept there:{" "}
        <Link href={`/${countryCode}/account/login`}>sign in</Link> to see it and download any ebooks.
      </p>
    </PageContainer>
  )
}
