import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import CartTotals from "@/modules/cart/components/cart-totals"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

/** The lines and Medusa's totals, beside every checkout step. */
export default function OrderSummary({ cart, countryCode }: { cart: HttpTypes.StoreCart; countryCode: string }) {
  const items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <Card as="aside" aria-labelledby="summary-heading" className={styles.summary} data-testid="checkout-summary">
      <h2 id="summary-heading">Your order</h2>
      <ul className={styles.lines}>
        {items.map((item) => (
          <li key={item.id} data-testid="summary-line" data-format={item.variant_title ?? ""}>
            <span>
              {item.product_title ?? item.title}
              <span className={styles.format}>
                {item.variant_title ? `${item.variant_title} × ` : "× "}
                {item.quantity}
              </span>
            </span>
            <span data-testid="summary-line-subtotal">{formatAmount(Number(item.subtotal ?? 0), cart.currency_code)}</span>
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} />
      <p className={styles.edit}>
        <Link href={`/${countryCode}/cart`}>Change your cart</Link>
      </p>
    </Card>
  )
}
