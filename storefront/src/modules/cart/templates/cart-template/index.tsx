import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import CartCountSync from "@/modules/cart/components/cart-count-sync"
import CartLine from "@/modules/cart/components/cart-line"
import CartTotals from "@/modules/cart/components/cart-totals"
import EmptyCart from "@/modules/cart/components/empty-cart"
import styles from "./styles.module.css"

export default function CartTemplate({ cart, countryCode }: { cart: HttpTypes.StoreCart | null; countryCode: string }) {
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  if (!cart || items.length === 0) {
    return (
      <div className="container">
        <CartCountSync count={0} />
        <h1>Your cart</h1>
        <EmptyCart countryCode={countryCode} />
      </div>
    )
  }
  return (
    <div className={`container ${styles.page}`}>
      <CartCountSync count={cartItemCount(cart)} />
      <h1>Your cart</h1>
      <section aria-labelledby="cart-items-heading" className={styles.items}>
        <h2 id="cart-items-heading" className="visually-hidden">
          Items
        </h2>
        <ul className={styles.list} data-testid="cart-items">
          {items.map((item) => (
            <CartLine key={item.id} item={item} currencyCode={cart.currency_code} countryCode={countryCode} />
          ))}
        </ul>
      </section>
      <aside aria-labelledby="cart-summary-heading" className={styles.summary}>
        <h2 id="cart-summary-heading">Summary</h2>
        <CartTotals cart={cart} />
        <Link href={`/${countryCode}/checkout`} className={`button ${styles.checkout}`} data-testid="checkout-button" prefetch={false}>
          Check out
        </Link>
        <p className={styles.note}>You pay securely with Paystack.</p>
      </aside>
    </div>
  )
}
