"use client"

import { useActionState, useId } from "react"
import { applyPromotionCode, removePromotionCode } from "@/lib/actions/promotions"
import { Button } from "@/modules/common/components/button"
import { Input } from "@/modules/common/components/field"
import styles from "./styles.module.css"

/** One applied code with its Remove button; works without JavaScript. */
function AppliedCode({ code }: { code: string }) {
  const [state, action, pending] = useActionState(removePromotionCode, null)
  return (
    <li className={styles.applied} data-testid="promotion-applied" data-code={code}>
      <span className={styles.code}>{code}</span>
      <form action={action}>
        <input type="hidden" name="code" value={code} />
        <Button type="submit" variant="quiet" size="sm" pending={pending} pendingText="Removing…" aria-label={`Remove the code ${code}`} data-testid="promotion-remove">
          Remove
        </Button>
      </form>
      {state?.ok === false && (
        <p role="alert" className={styles.error}>
          {state.message}
        </p>
      )}
    </li>
  )
}

/**
 * The discount code field of the cart and of checkout's review: apply a
 * code, see it listed (the discount line and new total are Medusa's, in the
 * totals beside it), remove it. A code that cannot be used says why.
 */
export default function PromotionForm({ codes }: { codes: string[] }) {
  const [state, action, pending] = useActionState(applyPromotionCode, null)
  const id = useId()
  const messageId = `${id}-message`
  const failed = state?.ok === false
  return (
    <div className={styles.promotion} data-testid="promotion">
      {codes.length > 0 && (
        <ul className={styles.list} aria-label="Discount codes applied">
          {codes.map((code) => (
            <AppliedCode key={code} code={code} />
          ))}
        </ul>
      )}
      <form action={action} noValidate className={styles.form} aria-busy={pending} data-testid="promotion-form">
        <label htmlFor={`${id}-code`} className={styles.label}>
          Discount code
        </label>
        <div className={styles.row}>
          <Input
            id={`${id}-code`}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            // A refused code stays in the field to be corrected; an applied one clears it.
            key={state?.ok ? `ok-${state.code}` : "field"}
            defaultValue={failed ? (state.code ?? "") : ""}
            aria-invalid={failed || undefined}
            aria-describedby={state ? messageId : undefined}
            className={styles.input}
            data-testid="promotion-input"
          />
          <Button type="submit" variant="secondary" pending={pending} pendingText="Applying…" data-testid="promotion-apply">
            Apply
          </Button>
        </div>
        {state && (
          <p id={messageId} role={failed ? "alert" : "status"} className={failed ? styles.error : styles.success} data-testid="promotion-message">
            {state.message}
          </p>
        )}
      </form>
    </div>
  )
}
