"use client"

import { useActionState } from "react"
import { updateVendorProductAction } from "@/lib/actions/vendor-portal"
import type { VendorProduct } from "@/lib/data/vendor-portal"
import TextField, { FieldRow, formClass, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import PriceFieldset from "@/modules/marketplace/components/price-fieldset"

/** Title, description, and each variant's prices and print stock; a large price change on a live product waits for staff. */
export default function VendorProductForm({ product, countryCode, currencies }: { product: VendorProduct; countryCode: string; currencies: string[] }) {
  const [state, action] = useActionState(updateVendorProductAction, null)
  const v = state?.values ?? {}
  const e = state?.errors ?? {}
  return (
    <form action={action} noValidate className={formClass} data-testid="vendor-product-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="id" value={product.id} />
      <FormMessage state={state} />
      <TextField name="title" label="Title" required maxLength={200} defaultValue={v.title ?? product.title} error={e.title} />
      <TextAreaField name="description" label="Description" rows={5} maxLength={5000} defaultValue={v.description ?? product.description ?? ""} error={e.description} />
      {product.variants.map((variant) => (
        <PriceFieldset key={variant.id} legend={variant.title} testId={`vendor-variant-${variant.title.toLowerCase().replace(/\W+/g, "-")}`}>
          <FieldRow>
            {currencies.map((cc) => {
              const name = `variant_${variant.id}_price_${cc}`
              return <TextField key={cc} name={name} label={`Price (${cc.toUpperCase()})`} inputMode="decimal" defaultValue={v[name] ?? String(variant.prices[cc] ?? "")} error={e[name]} />
            })}
            {variant.stock !== null ? (
              <TextField name={`variant_${variant.id}_stock`} label="Copies in stock" inputMode="numeric" defaultValue={v[`variant_${variant.id}_stock`] ?? String(variant.stock)} error={e[`variant_${variant.id}_stock`]} />
            ) : null}
          </FieldRow>
        </PriceFieldset>
      ))}
      <SubmitButton pendingText="Saving…" testId="vendor-product-submit">
        Save changes
      </SubmitButton>
    </form>
  )
}
