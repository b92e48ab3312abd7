import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import { variantPrice } from "@/lib/util/prices"
import { formatsInOrder, productAuthor } from "@/lib/util/products"
import { availableQuantity } from "@/lib/util/stock"
import { storeHref } from "@/lib/util/store-view"
import MediaImage from "@/modules/common/components/media-image"
import PageContainer from "@/modules/common/components/page-container"
import BookJsonLd from "@/modules/products/components/book-json-ld"
import FormatSelector, { type FormatOption } from "@/modules/products/components/format-selector"
import OwnedEbookNotice from "@/modules/products/components/owned-ebook-notice"
import WishlistButton from "@/modules/wishlist/components/wishlist-button"
import RelatedBooks from "@/modules/products/components/related-books"
import type { ProductReviews, RatingSummary as Rating } from "@/lib/data/reviews"
import { RatingSummary } from "@/modules/reviews/components/rating-stars"
import ReviewList from "@/modules/reviews/components/review-list"
import styles from "./styles.module.css"

function formatOptions(product: HttpTypes.StoreProduct): FormatOption[] {
  return formatsInOrder(product).map((variant) => {
    const price = variantPrice(variant)
    return {
      id: variant.id,
      title: variant.title ?? "Edition",
      price: price ? formatAmount(price.amount, price.currencyCode) : null,
      available: availableQuantity(variant),
    }
  })
}

export default function ProductTemplate({
  product,
  related,
  relatedRatings,
  reviews,
  countryCode,
  url,
}: {
  product: HttpTypes.StoreProduct
  related: HttpTypes.StoreProduct[]
  relatedRatings: Record<string, Rating>
  reviews: ProductReviews
  countryCode: string
  url: string
}) {
  const author = productAuthor(product)
  const category = product.categories?.[0]
  const gallery = (product.images ?? []).filter((image) => image.url !== product.thumbnail)
  return (
    <>
      <PageContainer as="article" className={styles.page}>
        <nav aria-label="You are here" className={styles.back}>
          <Link href={storeHref(countryCode)}>All books</Link>
          {category && (
            <>
              <span aria-hidden="true"> › </span>
              <Link href={storeHref(countryCode, { category: category.handle })}>{category.name}</Link>
            </>
          )}
        </nav>
        <div className={styles.media}>
          {product.thumbnail && (
            <MediaImage
              src={product.thumbnail}
              alt={`Cover of ${product.title}`}
              width={400}
              height={600}
              sizes="(min-width: 48rem) 22rem, 7rem"
              priority
              displaySize
              className={styles.cover}
            />
          )}
          {gallery.length > 0 && (
            <ul className={styles.gallery} aria-label="More pictures">
              {gallery.map((image, i) => (
                <li key={image.id}>
                  <img src={image.url} alt={`${product.title}, picture ${i + 2}`} width={120} height={180} loading="lazy" decoding="async" />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className={styles.titles}>
          <h1 data-testid="product-title">{product.title}</h1>
          {author && <p className={styles.byline}>by {author}</p>}
          {reviews.count > 0 && (
            <a href="#reviews-heading" className={styles.rating}>
              <RatingSummary average={reviews.average} count={reviews.count} testId="product-rating" />
            </a>
          )}
          {product.subtitle && <p className={styles.subtitle}>{product.subtitle}</p>}
          <div className={styles.save} data-testid="product-save">
            <WishlistButton productId={product.id} title={product.title ?? "this book"} />
          </div>
        </div>
        <div className={styles.buy}>
          <FormatSelector options={formatOptions(product)} countryCode={countryCode} />
          {product.handle && <OwnedEbookNotice handle={product.handle} countryCode={countryCode} />}
        </div>
        {product.description && (
          <section aria-labelledby="about-heading" className={styles.about}>
            <h2 id="about-heading">About the book</h2>
            <p className={styles.description}>{product.description}</p>
          </section>
        )}
        <div className={styles.reviews}>
          <ReviewList productId={product.id} reviews={reviews} />
        </div>
      </PageContainer>
      <PageContainer className={styles.related}>
        <RelatedBooks products={related} ratings={relatedRatings} countryCode={countryCode} />
      </PageContainer>
      <BookJsonLd product={product} url={url} rating={reviews} />
    </>
  )
}
