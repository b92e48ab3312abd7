"use client"

import { useActionState } from "react"
import { createVendorBookAction } from "@/lib/actions/vendor-portal"
import Alert from "@/modules/common/components/alert"
import TextField, { CheckboxField, FieldRow, formClass, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import PriceFieldset from "@/modules/marketplace/components/price-fieldset"

const FORMATS = [
  { format: "Paperback", print: true },
  { format: "Hardcover", print: true },
  { format: "Ebook", print: false },
]

/** A new book: title, description, and per format a price in each of the shop's currencies (and copies on hand for print). */
export default function VendorBookForm({ countryCode, currencies }: { countryCode: string; currencies: string[] }) {
  const [state, action] = useActionState(createVendorBookAction, null)
  const v = state?.values ?? {}
  const e = state?.errors ?? {}
  return (
    <form action={action} noValidate className={formClass} data-testid="vendor-book-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <TextField name="title" label="Title" required maxLength={200} defaultValue={v.title ?? ""} error={e.title} />
      <TextField name="subtitle" label="Subtitle" maxLength={200} defaultValue={v.subtitle ?? ""} error={e.subtitle} />
      <TextAreaField name="description" label="Description" rows={5} maxLength={5000} defaultValue={v.description ?? ""} error={e.description} />
      {e.formats ? <Alert tone="error" as="p">{e.formats}</Alert> : null}
      {FORMATS.map(({ format, print }) => {
        const key = format.toLowerCase()
        return (
          <PriceFieldset key={format} legend={format} testId={`vendor-format-${key}`}>
            <CheckboxField name={`${key}_enabled`} label={`Sell as ${format.toLowerCase()}`} defaultChecked={v[`${key}_enabled`] === "on"} />
            <FieldRow>
              {currencies.map((cc) => (
                <TextField key={cc} name={`${key}_price_${cc}`} label={`Price (${cc.toUpperCase()})`} inputMode="decimal" defaultValue={v[`${key}_price_${cc}`] ?? ""} error={e[`${key}_price_${cc}`]} />
              ))}
              {print ? <TextField name={`${key}_stock`} label="Copies in stock" inputMode="numeric" defaultValue={v[`${key}_stock`] ?? "0"} error={e[`${key}_stock`]} /> : null}
            </FieldRow>
          </PriceFieldset>
        )
      })}
      <p>Staff review every new book before it appears in the shop.</p>
      <SubmitButton pendingText="Sending…" testId="vendor-book-submit">
        Send for approval
      </SubmitButton>
    </form>
  )
}
