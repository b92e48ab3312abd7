import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { maxLineQuantity } from "@/lib/actions/cart-input"
import { lineName } from "@/lib/util/line-title"
import { formatAmount } from "@/lib/util/money"
import QuantityForm from "@/modules/cart/components/quantity-form"
import RemoveItemForm from "@/modules/cart/components/remove-item-form"
import styles from "./styles.module.css"

type Props = { item: HttpTypes.StoreCartLineItem; currencyCode: string; countryCode: string }

/** One format of one book in the cart, with its quantity control. */
export default function CartLine({ item, currencyCode, countryCode }: Props) {
  const { title, format: namedFormat, name } = lineName(item)
  const format = namedFormat ?? ""
  return (
    <li className={styles.line} data-testid="cart-line" data-format={format}>
      {item.thumbnail ? (
        <img src={item.thumbnail} alt="" width={80} height={120} className={styles.cover} loading="lazy" />
      ) : (
        <span className={styles.cover} aria-hidden="true" />
      )}
      <div className={styles.details}>
        <h3 className={styles.title}>
          {item.product_handle ? <Link href={`/${countryCode}/products/${item.product_handle}`}>{title}</Link> : title}
        </h3>
        {format && <p data-testid="line-format">{format}</p>}
        <p>
          <span className="visually-hidden">Unit price: </span>
          <span data-testid="line-unit-price">{formatAmount(Number(item.unit_price), currencyCode)}</span> each
        </p>
        <div className={styles.controls}>
          <QuantityForm lineId={item.id} quantity={item.quantity} name={name} max={maxLineQuantity(item)} />
          <RemoveItemForm lineId={item.id} name={name} />
        </div>
      </div>
      <p className={styles.lineTotal}>
        <span className="visually-hidden">Line subtotal: </span>
        <span data-testid="line-subtotal">{formatAmount(Number(item.subtotal ?? 0), currencyCode)}</span>
      </p>
    </li>
  )
}
