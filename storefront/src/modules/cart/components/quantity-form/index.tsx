"use client"

import { useActionState, useRef } from "react"
import { updateItemQuantity } from "@/lib/actions/cart"
import { MAX_LINE_QUANTITY } from "@/lib/actions/cart-input"
import { Button } from "@/modules/common/components/button"
import { Input } from "@/modules/common/components/field"
import styles from "./styles.module.css"

/** `max`: 1 for an ebook or a course, which are bought once. */
type Props = { lineId: string; quantity: number; name: string; max?: number }

/**
 * A quantity field with − and + buttons. Without JavaScript the field and
 * "Update" still submit the form; with it, − and + submit straight away.
 * Enter in the field submits through "Update", the form's first submit button.
 */
export default function QuantityForm({ lineId, quantity, name, max = MAX_LINE_QUANTITY }: Props) {
  const [state, action, pending] = useActionState(updateItemQuantity, null)
  const input = useRef<HTMLInputElement>(null)
  const errorId = `quantity-error-${lineId}`
  const failed = state?.ok === false

  const step = (by: number) => {
    const field = input.current
    if (!field) return
    field.value = String(Math.min(max, Math.max(1, (Number(field.value) || quantity) + by)))
    field.form?.requestSubmit()
  }

  return (
    <form action={action} noValidate className={styles.form} aria-busy={pending} data-testid="quantity-form">
      <input type="hidden" name="lineId" value={lineId} />
      <label htmlFor={`quantity-${lineId}`} className="visually-hidden">
        Quantity of {name}
      </label>
      <Button
        variant="secondary"
        size="sm"
        className={styles.step}
        onClick={() => step(-1)}
        disabled={pending || quantity <= 1}
        aria-label={`One fewer ${name}`}
      >
        −
      </Button>
      <Input
        ref={input}
        key={quantity}
        id={`quantity-${lineId}`}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        defaultValue={quantity}
        aria-invalid={failed || undefined}
        aria-describedby={failed ? errorId : undefined}
        className={styles.input}
        data-testid="quantity-input"
      />
      <Button variant="secondary" size="sm" className={styles.step} onClick={() => step(1)} disabled={pending || quantity >= max} aria-label={`One more ${name}`}>
        +
      </Button>
      <Button type="submit" variant="quiet" size="sm" pending={pending} pendingText="Updating…" data-testid="quantity-update">
        Update
      </Button>
      {failed && (
        <p id={errorId} role="alert" className={styles.error} data-testid="quantity-error">
          {state.error}
        </p>
      )}
    </form>
  )
}
