import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/prices"
import { productAuthor } from "@/lib/util/products"
import type { RatingSummary as Rating } from "@/lib/data/reviews"
import MediaImage from "@/modules/common/components/media-image"
import { RatingSummary } from "@/modules/reviews/components/rating-stars"
import WishlistButton from "@/modules/wishlist/components/wishlist-button"
import styles from "./styles.module.css"

export default function ProductCard({
  product,
  rating,
  countryCode,
  priority = false,
}: {
  product: HttpTypes.StoreProduct
  /** Shown when the book has reviews. */
  rating?: Rating
  countryCode: string
  priority?: boolean
}) {
  const price = cheapestPrice(product)
  const author = productAuthor(product)
  return (
    <li className={styles.card} data-testid="product-card">
      <Link href={`/${countryCode}/products/${product.handle}`} className={styles.link}>
        {product.thumbnail ? (
          <MediaImage
            src={product.thumbnail}
            alt={`Cover of ${product.title}`}
            width={400}
            height={600}
            sizes="(min-width: 64rem) 14rem, (min-width: 40rem) 30vw, 45vw"
            priority={priority}
            displaySize
            className={styles.cover}
          />
        ) : (
          <span className={styles.cover} aria-hidden="true" />
        )}
        <h3 className={styles.title}>{product.title}</h3>
        {author && <p className={styles.meta}>{author}</p>}
        {rating && rating.count > 0 && (
          <p className={styles.meta}>
            <RatingSummary average={rating.average} count={rating.count} size="sm" testId="product-card-rating" />
          </p>
        )}
        {price && (
          <p className={styles.meta}>
            from <span className="price">{formatAmount(price.amount, price.currencyCode)}</span>
          </p>
        )}
      </Link>
      <div className={styles.save}>
        <WishlistButton productId={product.id} title={product.title ?? "this book"} compact />
      </div>
    </li>
  )
}
