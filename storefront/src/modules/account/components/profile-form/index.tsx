"use client"

import type { HttpTypes } from "@medusajs/types"
import { useActionState } from "react"
import { saveProfile } from "@/lib/actions/account"
import FormField from "@/modules/account/components/form-field"
import styles from "@/modules/account/components/form-field/styles.module.css"
import FormMessage from "@/modules/account/components/form-message"
import SubmitButton from "@/modules/account/components/submit-button"

export default function ProfileForm({ countryCode, customer }: { countryCode: string; customer: HttpTypes.StoreCustomer }) {
  const [state, action] = useActionState(saveProfile, null)
  const errors = state?.errors ?? {}
  const value = (key: "first_name" | "last_name" | "phone") => state?.values?.[key] ?? customer[key] ?? ""
  return (
    <form action={action} noValidate className={styles.form} aria-labelledby="profile-heading" data-testid="profile-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <p>
        Email: <strong data-testid="profile-email">{customer.email}</strong>
      </p>
      <div className={styles.row}>
        <FormField name="first_name" label="First name" autoComplete="given-name" required defaultValue={value("first_name")} error={errors.first_name} />
        <FormField name="last_name" label="Last name" autoComplete="family-name" required defaultValue={value("last_name")} error={errors.last_name} />
      </div>
      <FormField name="phone" label="Phone (optional)" type="tel" autoComplete="tel" defaultValue={value("phone")} error={errors.phone} />
      <SubmitButton pendingText="Saving…" testId="profile-submit">
        Save profile
      </SubmitButton>
    </form>
  )
}
