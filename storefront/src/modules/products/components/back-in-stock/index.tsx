"use client"

import { useActionState } from "react"
import { requestRestockAction } from "@/lib/actions/restock"
import TextField from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

/** Under a sold-out print format: leave an email, get one message when it can be bought again. */
export default function BackInStockForm({ variantId, formatTitle, countryCode }: { variantId: string; formatTitle: string; countryCode: string }) {
  const [state, action] = useActionState(requestRestockAction, null)
  if (state?.ok) {
    return (
      <p className={styles.done} role="status" data-testid="back-in-stock-done">
        {state.message}
      </p>
    )
  }
  return (
    <form action={action} noValidate className={styles.form} data-testid="back-in-stock-form">
      <p className={styles.lead}>The {formatTitle.toLowerCase()} is sold out. We can email you once, when it is back.</p>
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <div className={styles.row}>
        <TextField
          name="email"
          label="Your email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state?.values?.email ?? ""}
          error={state?.errors?.email}
        />
        <SubmitButton pendingText="Saving…" testId="back-in-stock-submit" variant="secondary">
          Email me when it's back
        </SubmitButton>
      </div>
    </form>
  )
}
