import type { HttpTypes } from "@medusajs/types"
import { formatAmount } from "@/lib/util/money"
import styles from "./styles.module.css"

/** Medusa's totals for the cart, as it computed them; nothing is added up here. */
export default function CartTotals({ cart }: { cart: HttpTypes.StoreCart }) {
  const money = (amount: number | null | undefined) => formatAmount(Number(amount ?? 0), cart.currency_code)
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0
  const discount = Number(cart.discount_total ?? 0)
  return (
    <dl className={styles.totals} data-testid="cart-totals">
      <div>
        <dt>Subtotal</dt>
        <dd data-testid="cart-subtotal">{money(cart.item_subtotal)}</dd>
      </div>
      {discount > 0 && (
        <div>
          <dt>Discount</dt>
          <dd data-testid="cart-discount">−{money(discount)}</dd>
        </div>
      )}
      {hasShipping && (
        <div>
          <dt>Shipping</dt>
          <dd data-testid="cart-shipping">{money(cart.shipping_total)}</dd>
        </div>
      )}
      <div>
        <dt>Tax</dt>
        <dd data-testid="cart-tax">{money(cart.tax_total)}</dd>
      </div>
      <div className={styles.total}>
        <dt>Total</dt>
        <dd data-testid="cart-total">{money(cart.total)}</dd>
      </div>
    </dl>
  )
}
