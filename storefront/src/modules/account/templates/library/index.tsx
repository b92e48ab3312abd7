import Link from "next/link"
import type { LibraryItem } from "@/lib/data/library"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import DownloadForm from "@/modules/account/components/download-form"
import { orderDate } from "@/modules/account/templates/order-list/status"
import styles from "./styles.module.css"

/** The reader's ebooks, each with a "Download" that asks for a fresh link when pressed. */
export default function Library({ items, countryCode }: { items: LibraryItem[]; countryCode: string }) {
  return (
    <section aria-labelledby="library-heading">
      <h1 id="library-heading">Your library</h1>
      {items.length === 0 ? (
        <EmptyState
          title="Your library is empty"
          testId="library-empty"
          action={<ButtonLink href={`/${countryCode}/store?format=ebook`}>Browse the ebooks</ButtonLink>}
        >
          The ebooks you buy will be here to download, whenever you like.
        </EmptyState>
      ) : (
        <ul className={styles.list} data-testid="library">
          {items.map((item) => {
            const title = item.product_title ?? "Ebook"
            return (
              <li key={item.id} className={styles.item} data-testid="library-item">
                {item.thumbnail ? (
                  <img src={item.thumbnail} alt="" width={64} height={96} className={styles.cover} loading="lazy" />
                ) : (
                  <span className={styles.cover} aria-hidden="true" />
                )}
                <div className={styles.details}>
                  <h2 className={styles.title}>
                    {item.product_handle ? <Link href={`/${countryCode}/products/${item.product_handle}`}>{title}</Link> : title}
                  </h2>
                  <p className={styles.meta}>
                    {item.variant_title ?? "Ebook"} · bought {orderDate(item.purchased_at)} ·{" "}
                    <Link href={`/${countryCode}/account/orders/${item.order_id}`}>order #{item.order_display_id}</Link>
                  </p>
                </div>
                <DownloadForm countryCode={countryCode} itemId={item.id} title={title} formats={item.formats ?? []} />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
