import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"
import { variantPrice } from "@/lib/util/prices"
import { productAuthor } from "@/lib/util/products"

const FORMAT_ORDER = ["hardcover", "paperback", "ebook"]
const rank = (variant: HttpTypes.StoreProductVariant) => {
  const i = FORMAT_ORDER.indexOf((variant.title ?? "").toLowerCase())
  return i === -1 ? FORMAT_ORDER.length : i
}

export default function ProductTemplate({ product, countryCode }: { product: HttpTypes.StoreProduct; countryCode: string }) {
  const author = productAuthor(product)
  const variants = [...(product.variants ?? [])].sort((a, b) => rank(a) - rank(b))
  return (
    <article className="container product-page">
      <p className="back-link">
        <Link href={`/${countryCode}`}>← All books</Link>
      </p>
      {product.thumbnail && (
        <img src={product.thumbnail} alt={`Cover of ${product.title}`} width={400} height={600} fetchPriority="high" />
      )}
      <div>
        <h1 data-testid="product-title">{product.title}</h1>
        {author && <p className="byline">by {author}</p>}
        {product.subtitle && <p className="subtitle">{product.subtitle}</p>}
        {product.description && <p className="description">{product.description}</p>}
        <h2 id="formats-heading">Formats</h2>
        <ul className="variant-list" aria-labelledby="formats-heading">
          {variants.map((variant) => {
            const price = variantPrice(variant)
            return (
              <li key={variant.id} data-testid="variant-option">
                <span>{variant.title}</span>
                <span className="price">{price ? formatAmount(price.amount, price.currencyCode) : "Not sold here"}</span>
              </li>
            )
          })}
        </ul>
      </div>
    </article>
  )
}
