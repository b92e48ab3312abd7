"use client"

import { useId, useState, useTransition } from "react"
import { addToCart } from "@/lib/actions/cart"
import { stockState } from "@/lib/util/stock"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import { Input } from "@/modules/common/components/field"
import BackInStockForm from "../back-in-stock"
import styles from "./styles.module.css"

export type FormatOption = {
  id: string
  title: string
  /** Formatted in the region's currency; null when not sold there. */
  price: string | null
  /** null: not counted (ebooks). */
  available: number | null
}

type Message = { kind: "error" | "success"; text: string } | null

/** Choose a format, see its price and stock, add it to the cart. */
export default function FormatSelector({ options, countryCode }: { options: FormatOption[]; countryCode: string }) {
  const firstInStock = options.find((o) => o.price && stockState(o.available).inStock) ?? options[0]
  const [selectedId, setSelectedId] = useState(firstInStock?.id)
  const [quantity, setQuantity] = useState(1)
  const [message, setMessage] = useState<Message>(null)
  const [pending, startTransition] = useTransition()
  const name = useId()
  const selected = options.find((o) => o.id === selectedId) ?? firstInStock
  if (!selected) return null
  const stock = stockState(selected.available)
  const canBuy = stock.inStock && selected.price !== null
  // An ebook (stock not counted) is bought once; a print format up to its stock (commerce has the last word).
  const digital = selected.available === null
  const max = digital ? 1 : selected.available!

  const add = () => {
    setMessage(null)
    startTransition(async () => {
      const result = await addToCart({ variantId: selected.id, quantity, countryCode })
      if (result.ok) {
        setMessage({ kind: "success", text: `Added ${quantity} × ${selected.title} to your cart.` })
        window.dispatchEvent(new CustomEvent("cart:changed", { detail: { count: result.cartCount } }))
      } else {
        setMessage({ kind: "error", text: result.error })
      }
    })
  }

  return (
    <div className={styles.selector}>
      <fieldset className={styles.formats}>
        <legend>Format</legend>
        {options.map((option) => (
          <label key={option.id} className={styles.format} data-testid="variant-option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={option.id === selected.id}
              onChange={() => {
                setSelectedId(option.id)
                setQuantity(1)
                setMessage(null)
              }}
            />
            <span className={styles.formatTitle}>{option.title}</span>
            <span className="price">{option.price ?? "Not sold here"}</span>
          </label>
        ))}
      </fieldset>
      <p className={styles.selectedPrice} data-testid="product-price" aria-live="polite">
        {selected.price ?? "Not sold in this country"}
      </p>
      <p className={stock.inStock ? styles.inStock : styles.outOfStock} data-testid="stock-state">
        {stock.label}
      </p>
      <div className={styles.buy}>
        <label className={styles.quantity}>
          Quantity
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            value={quantity}
            disabled={!canBuy}
            onChange={(e) => {
              const typed = Math.max(1, Math.floor(Number(e.target.value) || 1))
              setQuantity(digital ? 1 : typed)
            }}
            data-testid="add-quantity"
          />
        </label>
        <Button onClick={add} disabled={!canBuy} pending={pending} pendingText="Adding…" size="lg" className={styles.add} data-testid="add-to-cart">
          Add to cart
        </Button>
      </div>
      {!stock.inStock && !digital && selected.price !== null && (
        <BackInStockForm key={selected.id} variantId={selected.id} formatTitle={selected.title} countryCode={countryCode} />
      )}
      {message?.kind === "error" && (
        <Alert tone="error" as="p" testId="add-to-cart-error">
          {message.text}
        </Alert>
      )}
      {message?.kind === "success" && (
        <Alert tone="success" as="p" testId="add-to-cart-success">
          {message.text}
        </Alert>
      )}
    </div>
  )
}
