import Link from "next/link"
import type { WishlistItem } from "@/lib/data/wishlist"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import { orderDate } from "@/modules/account/templates/order-list/status"
import { BrowserListMerge, MoveToCartForm, RemoveForm } from "./forms"
import styles from "./styles.module.css"

const pageOf = (item: WishlistItem, countryCode: string) =>
  item.product.course_handle ? `/${countryCode}/courses/${item.product.course_handle}` : `/${countryCode}/products/${item.product.handle}`

/** The reader's saved books and courses: open one, send a one-format book or a course to the cart, or remove it. */
export default function Wishlist({ items, countryCode }: { items: WishlistItem[]; countryCode: string }) {
  return (
    <section aria-labelledby="wishlist-heading">
      <h1 id="wishlist-heading">Your wishlist</h1>
      <BrowserListMerge />
      {items.length === 0 ? (
        <EmptyState
          title="Nothing saved yet"
          testId="wishlist-empty"
          action={<ButtonLink href={`/${countryCode}/store`}>Browse the books</ButtonLink>}
        >
          Press “Save to wishlist” on a book or course to keep it here for later.
        </EmptyState>
      ) : (
        <ul className={styles.list} data-testid="wishlist">
          {items.map((item) => {
            const only = item.product.variants.length === 1 ? item.product.variants[0] : null
            return (
              <li key={item.product_id} className={styles.item} data-testid="wishlist-item">
                {item.product.thumbnail ? (
                  <img src={item.product.thumbnail} alt="" width={64} height={96} className={styles.cover} loading="lazy" />
                ) : (
                  <span className={styles.cover} aria-hidden="true" />
                )}
                <div className={styles.details}>
                  <h2 className={styles.title}>
                    <Link href={pageOf(item, countryCode)}>{item.product.title}</Link>
                  </h2>
                  <p className={styles.meta}>
                    {item.product.course_handle ? "Course" : "Book"} · saved {orderDate(item.saved_at)}
                  </p>
                </div>
                <div className={styles.actions}>
                  {only ? (
                    <MoveToCartForm productId={item.product_id} variantId={only.id} title={item.product.title} countryCode={countryCode} />
                  ) : (
                    <ButtonLink href={pageOf(item, countryCode)} variant="secondary" size="sm">
                      Choose a format
                    </ButtonLink>
                  )}
                  <RemoveForm productId={item.product_id} title={item.product.title} />
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
