"use client"

import { useActionState } from "react"
import { removeItem } from "@/lib/actions/cart"
import { Button } from "@/modules/common/components/button"
import styles from "./styles.module.css"

/** A "Remove" button that works with or without JavaScript. */
export default function RemoveItemForm({ lineId, name }: { lineId: string; name: string }) {
  const [state, action, pending] = useActionState(removeItem, null)

  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="lineId" value={lineId} />
      <Button
        type="submit"
        variant="quiet"
        size="sm"
        pending={pending}
        pendingText="Removing…"
        aria-label={`Remove ${name} from the cart`}
        data-testid="remove-item"
      >
        Remove
      </Button>
      {state?.ok === false && (
        <p role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
    </form>
  )
}
