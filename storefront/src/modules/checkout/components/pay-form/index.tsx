"use client"

import { useActionState, useState } from "react"
import { pay } from "@/lib/actions/checkout"
import { PROVIDER_NAMES, type ProviderKey } from "@/lib/util/payment-providers"
import Alert from "@/modules/common/components/alert"
import { formClass } from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"
import ProviderMark from "@/modules/checkout/components/provider-mark"
import styles from "./styles.module.css"

const HINTS: Record<ProviderKey, string> = {
  paystack: "Card, bank transfer or USSD on Paystack's secure page",
  flutterwave: "Card, bank transfer or mobile money on Flutterwave's secure page",
}

type Props = { countryCode: string; total: string; providers: ProviderKey[]; paystackPaused?: boolean }

/**
 * The payment step: the providers the region offers (Paystack first) to
 * choose from, and "Pay", which sends the browser to the chosen provider's
 * page. When one cannot start the payment the other is offered in one click.
 */
export default function PayForm({ countryCode, total, providers, paystackPaused = false }: Props) {
  const [state, action] = useActionState(pay, null)
  const [chosen, setChosen] = useState<ProviderKey | undefined>(providers[0])
  const name = chosen ? PROVIDER_NAMES[chosen] : "your payment provider"
  const failover = state?.failover
  return (
    <form action={action} className={formClass} data-testid="pay-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      {state?.message && (
        <Alert tone="error" as="div" testId="form-error">
          <div className={styles.failover}>
            <p className={styles.note}>{state.message}</p>
            {failover && (
              <SubmitButton name="failover" value={failover} pendingText={`Taking you to ${PROVIDER_NAMES[failover]}…`} testId="failover-button">
                {`Pay with ${PROVIDER_NAMES[failover]} instead`}
              </SubmitButton>
            )}
          </div>
        </Alert>
      )}
      {providers.length > 1 ? (
        <fieldset role="radiogroup" className={styles.providers}>
          <legend>Pay with</legend>
          {providers.map((provider) => (
            <label key={provider} className={styles.provider} data-testid={`provider-${provider}`}>
              <input type="radio" name="provider" value={provider} checked={chosen === provider} onChange={() => setChosen(provider)} />
              <ProviderMark provider={provider} />
              <span>
                <span className={styles.name}>{PROVIDER_NAMES[provider]}</span>
                <span className={styles.hint}>{HINTS[provider]}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        chosen && <input type="hidden" name="provider" value={chosen} />
      )}
      {paystackPaused && (
        <p className={styles.note} data-testid="paystack-paused">
          Paystack is not taking payments just now, so we are offering Flutterwave.
        </p>
      )}
      <p>
        You pay {total} on {name}&apos;s secure page, then come back here for your order confirmation.
      </p>
      <SubmitButton pendingText="Taking you to the payment page…" testId="pay-button" size="lg">
        {`Pay with ${name}`}
      </SubmitButton>
    </form>
  )
}
