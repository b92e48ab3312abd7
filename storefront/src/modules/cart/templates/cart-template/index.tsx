import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { cartItemCount } from "@/lib/data/cart"
import CartCountSync from "@/modules/cart/components/cart-count-sync"
import CartLine from "@/modules/cart/components/cart-line"
import CartTotals from "@/modules/cart/components/cart-totals"
import EmptyCart from "@/modules/cart/components/empty-cart"
import PromotionForm from "@/modules/cart/components/promotion-form"
import { ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import styles from "./styles.module.css"

export default function CartTemplate({ cart, countryCode }: { cart: HttpTypes.StoreCart | null; countryCode: string }) {
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  if (!cart || items.length === 0) {
    return (
      <PageContainer width="narrow">
        <CartCountSync count={0} />
        <h1>Your cart</h1>
        <EmptyCart countryCode={countryCode} />
      </PageContainer>
    )
  }
  return (
    <PageContainer className={styles.page}>
      <CartCountSync count={cartItemCount(cart)} />
      <h1>Your cart</h1>
      <section aria-labelledby="cart-items-heading">
        <h2 id="cart-items-heading" className="visually-hidden">
          Items
        </h2>
        <ul className={styles.list} data-testid="cart-items">
          {items.map((item) => (
            <CartLine key={item.id} item={item} currencyCode={cart.currency_code} countryCode={countryCode} />
          ))}
        </ul>
      </section>
      <Card as="aside" aria-labelledby="cart-summary-heading" className={styles.summary}>
        <h2 id="cart-summary-heading">Summary</h2>
        <PromotionForm codes={(cart.promotions ?? []).flatMap((p) => (p?.code ? [p.code] : []))} />
        <CartTotals cart={cart} />
        <ButtonLink href={`/${countryCode}/checkout`} size="lg" block className={styles.checkout} data-testid="checkout-button" prefetch={false}>
          Check out
        </ButtonLink>
        <p className={styles.note}>You pay securely with Paystack.</p>
        <p className={styles.note}>
          <Link href={`/${countryCode}/store`}>Continue shopping</Link>
        </p>
      </Card>
    </PageContainer>
  )
}
