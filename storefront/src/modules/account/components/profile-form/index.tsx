"use client"

import type { HttpTypes } from "@medusajs/types"
import { useActionState } from "react"
import { saveProfile } from "@/lib/actions/account"
import TextField, { FieldRow, formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

export default function ProfileForm({ countryCode, customer }: { countryCode: string; customer: HttpTypes.StoreCustomer }) {
  const [state, action] = useActionState(saveProfile, null)
  const errors = state?.errors ?? {}
  const value = (key: "first_name" | "last_name" | "phone") => state?.values?.[key] ?? customer[key] ?? ""
  return (
    <form action={action} noValidate className={formClass} aria-labelledby="profile-heading" data-testid="profile-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <p>
        Email: <strong data-testid="profile-email">{customer.email}</strong>
      </p>
      <FieldRow>
        <TextField name="first_name" label="First name" autoComplete="given-name" required defaultValue={value("first_name")} error={errors.first_name} />
        <TextField name="last_name" label="Last name" autoComplete="family-name" required defaultValue={value("last_name")} error={errors.last_name} />
      </FieldRow>
      <TextField name="phone" label="Phone (optional)" type="tel" autoComplete="tel" defaultValue={value("phone")} error={errors.phone} />
      <SubmitButton pendingText="Saving…" testId="profile-submit">
        Save profile
      </SubmitButton>
    </form>
  )
}
