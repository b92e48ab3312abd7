"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect, useState } from "react"
import { cancelOwnOrder } from "@/lib/actions/orders"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

/** "Cancel order", then "Yes, cancel my order" or "Keep my order": one stray tap must not cancel a purchase. */
export default function CancelOrderForm({ orderId, displayId }: { orderId: string; displayId: number }) {
  const [state, action] = useActionState(cancelOwnOrder, null)
  const [confirming, setConfirming] = useState(false)
  const router = useRouter()
  useEffect(() => {
    if (state?.ok) router.refresh()
  }, [state, router])
  if (state?.ok) {
    return (
      <Alert tone="success" testId="order-cancel-result">
        {state.message}
      </Alert>
    )
  }
  return (
    <div className={styles.panel} data-testid="order-cancel">
      {!confirming ? (
        <div className={styles.row}>
          <p className={styles.note}>Changed your mind? You can cancel this order until it ships, and we refund it in full.</p>
          <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} data-testid="order-cancel-start">
            Cancel order
          </Button>
        </div>
      ) : (
        <form action={action} className={styles.confirm}>
          <input type="hidden" name="orderId" value={orderId} />
          <p className={styles.question}>Cancel order #{displayId}? We refund the full amount to the card or account you paid with.</p>
          <div className={styles.row}>
            <SubmitButton variant="danger" size="sm" pendingText="Cancelling…" testId="order-cancel-confirm">
              Yes, cancel my order
            </SubmitButton>
            <Button variant="quiet" size="sm" onClick={() => setConfirming(false)}>
              Keep my order
            </Button>
          </div>
        </form>
      )}
      {state && !state.ok && (
        <Alert tone="error" testId="order-cancel-error">
          {state.message}
        </Alert>
      )}
    </div>
  )
}
