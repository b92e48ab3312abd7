"use client"

import { useActionState } from "react"
import { saveMarketingPreference, unsubscribe } from "@/lib/actions/marketing"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** The profile's email choice: marketing email (cart reminders, course nudges) off; order emails are never stopped. */
export default function MarketingForm({ countryCode, optOut }: { countryCode: string; optOut: boolean }) {
  const [state, action] = useActionState(saveMarketingPreference, null)
  return (
    <form action={action} className={formClass} aria-labelledby="marketing-heading" data-testid="marketing-form">
      <h2 id="marketing-heading">Emails</h2>
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <label>
        <input type="checkbox" name="marketing_opt_out" defaultChecked={optOut} data-testid="marketing-opt-out" /> No marketing emails
        (reminders of a cart left behind, nudges about a course). Emails about your orders and account still come.
      </label>
      <SubmitButton pendingText="Saving…" testId="marketing-submit" variant="secondary">
        Save email choice
      </SubmitButton>
    </form>
  )
}

/** The unsubscribe page's one button: a click confirms, so a mail scanner opening the link unsubscribes no one. */
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribe, null)
  if (state?.ok) return <FormMessage state={state} />
  return (
    <form action={action} className={formClass} data-testid="unsubscribe-form">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Unsubscribing…" testId="unsubscribe-submit">
        Unsubscribe from marketing emails
      </SubmitButton>
    </form>
  )
}
