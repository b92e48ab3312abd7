"use client"

import { useActionState } from "react"
import { applyToSellAction } from "@/lib/actions/vendor-application"
import type { SettlementBank } from "@/lib/data/vendor-applications"
import Alert from "@/modules/common/components/alert"
import TextField, { FieldRow, formClass, SelectField, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** The application: who you are, how to reach you, and the account you are paid into. */
export default function VendorApplicationForm({ banks }: { banks: SettlementBank[] }) {
  const [state, action] = useActionState(applyToSellAction, null)
  if (state?.ok) {
    return (
      <Alert tone="success" testId="vendor-application-done">
        {state.message}
      </Alert>
    )
  }
  const value = (name: string) => state?.values?.[name] ?? ""
  const error = (name: string) => state?.errors?.[name]
  return (
    <form action={action} noValidate className={formClass} data-testid="vendor-application-form">
      <FormMessage state={state} />
      <TextField name="name" label="The name you sell under" hint="Your name, or your press's" required maxLength={120} defaultValue={value("name")} error={error("name")} />
      <TextAreaField
        name="bio"
        label="About you"
        hint="What you write or teach, and for whom (plain text, up to 2000 characters)"
        rows={6}
        maxLength={2000}
        defaultValue={value("bio")}
        error={error("bio")}
      />
      <FieldRow>
        <TextField name="contact_email" label="Email" type="email" autoComplete="email" required defaultValue={value("contact_email")} error={error("contact_email")} />
        <TextField name="contact_phone" label="Phone (optional)" type="tel" autoComplete="tel" defaultValue={value("contact_phone")} error={error("contact_phone")} />
      </FieldRow>
      <FieldRow>
        <SelectField
          // Remounted with what was sent: React applies a select's defaultValue only when it mounts, and resets the form after the action.
          key={`bank-${value("settlement_bank_code")}`}
          name="settlement_bank_code"
          label="Your bank"
          required
          defaultValue={value("settlement_bank_code")}
          error={error("settlement_bank_code")}
          options={[{ value: "", label: banks.length ? "Choose your bank" : "Banks cannot be listed just now" }, ...banks.map((b) => ({ value: b.code, label: b.name }))]}
        />
        <TextField
          name="settlement_account_number"
          label="Account number"
          hint="10 digits (NUBAN)"
          inputMode="numeric"
          pattern="[0-9]{10}"
          maxLength={10}
          required
          defaultValue={value("settlement_account_number")}
          error={error("settlement_account_number")}
        />
      </FieldRow>
      <SubmitButton pendingText="Sending…" testId="vendor-application-submit">
        Send my application
      </SubmitButton>
    </form>
  )
}
