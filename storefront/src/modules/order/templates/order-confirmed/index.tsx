import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { addressLines } from "@/lib/util/checkout"
import { formatAmount } from "@/lib/util/money"
import CartCountSync from "@/modules/cart/components/cart-count-sync"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import styles from "./styles.module.css"

type Props = { order: HttpTypes.StoreOrder; countryCode: string; signedIn: boolean }

/** The order just placed: what was bought, what it cost, where it goes, and where the ebooks are. */
export default function OrderConfirmed({ order, countryCode, signedIn }: Props) {
  const money = (amount: unknown) => formatAmount(Number(amount ?? 0), order.currency_code)
  const items = order.items ?? []
  const hasEbooks = items.some((item) => item.requires_shipping === false)
  const hasPrint = items.some((item) => item.requires_shipping !== false)
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
            <li key={item.id} data-testid="order-item" data-format={item.variant_title ?? ""}>
              <span>
                {item.product_title ?? item.title}
                {item.variant_title && ` (${item.variant_title})`} × {item.quantity}
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
      {hasEbooks && (
        <Card as="section" tone="sunk" aria-labelledby="ebooks-heading" data-testid="ebooks-notice">
          <h2 id="ebooks-heading" className={styles.cardHeading}>
            Your ebooks
          </h2>
          {signedIn ? (
            <p>
              They are ready in{" "}
              <Link href={`/${countryCode}/account/library`} data-testid="library-link">
                your library
              </Link>
              , to download whenever you like.
            </p>
          ) : (
            <p>
              Your confirmation email has a download link for each ebook, valid for 30 days. Next time,{" "}
              <Link href={`/${countryCode}/account/login`}>sign in</Link> before paying and your ebooks will wait in{" "}
              <Link href={`/${countryCode}/account/library`} data-testid="library-link">
                your library
              </Link>{" "}
              for good.
            </p>
          )}
        </Card>
      )}
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
