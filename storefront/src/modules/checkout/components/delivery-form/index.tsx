"use client"

import { useActionState } from "react"
import { chooseDelivery } from "@/lib/actions/checkout"
import type { ShippingChoice } from "@/lib/data/shipping"
import { formatAmount } from "@/lib/util/money"
import Alert from "@/modules/common/components/alert"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

type Props = { countryCode: string; options: ShippingChoice[]; chosen: string | null; currencyCode: string }

/** How print copies travel, each option with its price for this cart. */
export default function DeliveryForm({ countryCode, options, chosen, currencyCode }: Props) {
  const [state, action] = useActionState(chooseDelivery, null)
  const error = state?.errors?.shipping_option
  if (options.length === 0) {
    return (
      <Alert tone="warning" as="p" live="alert" testId="no-delivery-options">
        We cannot deliver to this address yet. Change the address, or choose ebooks instead.
      </Alert>
    )
  }
  return (
    <form action={action} noValidate className={formClass} data-testid="delivery-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <fieldset role="radiogroup" className={styles.options} aria-invalid={error ? true : undefined} aria-describedby={error ? "delivery-error" : undefined}>
        <legend>Delivery option</legend>
        {options.map((option, i) => (
          <label key={option.id} className={styles.option} data-testid="delivery-option">
            <input type="radio" name="shipping_option" value={option.id} required defaultChecked={option.id === chosen || (!chosen && i === 0)} />
            <span>{option.name}</span>
            <span className={styles.price} data-testid="delivery-option-price">
              {formatAmount(option.amount, currencyCode)}
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p id="delivery-error" role="alert" className={styles.error} data-testid="error-shipping_option">
          {error}
        </p>
      )}
      <SubmitButton pendingText="Saving…" testId="delivery-submit">
        Continue to review
      </SubmitButton>
    </form>
  )
}
