"use client"

import { useActionState } from "react"
import { payWithPaystack } from "@/lib/actions/checkout"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** "Pay with Paystack": the server action sends the browser on to Paystack's payment page. */
export default function PayForm({ countryCode, total }: { countryCode: string; total: string }) {
  const [state, action] = useActionState(payWithPaystack, null)
  return (
    <form action={action} className={formClass} data-testid="pay-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <p>You pay {total} on Paystack&apos;s secure page, then come back here for your order confirmation.</p>
      <SubmitButton pendingText="Taking you to Paystack…" testId="pay-button" size="lg">
        Pay with Paystack
      </SubmitButton>
    </form>
  )
}
