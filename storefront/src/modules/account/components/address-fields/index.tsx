import FormField from "@/modules/account/components/form-field"
import styles from "@/modules/account/components/form-field/styles.module.css"

export type CountryOption = { code: string; name: string }

export const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const

export type AddressValues = Partial<Record<(typeof ADDRESS_FIELDS)[number], string | null>>

type Props = {
  countries: CountryOption[]
  /** Chosen when the address names no country yet. */
  defaultCountry: string
  values: AddressValues
  errors: Record<string, string>
}

/** The inputs of a postal address, each labelled, with its error tied to it; used by the address book and checkout. */
export default function AddressFields({ countries, defaultCountry, values, errors }: Props) {
  const value = (key: (typeof ADDRESS_FIELDS)[number]) => values[key] ?? ""
  return (
    <>
      <div className={styles.row}>
        <FormField name="first_name" label="First name" autoComplete="given-name" required defaultValue={value("first_name")} error={errors.first_name} />
        <FormField name="last_name" label="Last name" autoComplete="family-name" required defaultValue={value("last_name")} error={errors.last_name} />
      </div>
      <FormField name="company" label="Company (optional)" autoComplete="organization" defaultValue={value("company")} error={errors.company} />
      <FormField name="address_1" label="Street address" autoComplete="address-line1" required defaultValue={value("address_1")} error={errors.address_1} />
      <FormField name="address_2" label="Flat, suite or building (optional)" autoComplete="address-line2" defaultValue={value("address_2")} error={errors.address_2} />
      <div className={styles.row}>
        <FormField name="city" label="Town or city" autoComplete="address-level2" required defaultValue={value("city")} error={errors.city} />
        <FormField name="province" label="State or province (optional)" autoComplete="address-level1" defaultValue={value("province")} error={errors.province} />
      </div>
      <div className={styles.row}>
        <FormField name="postal_code" label="Postal code (optional)" autoComplete="postal-code" defaultValue={value("postal_code")} error={errors.postal_code} />
        <div className={styles.field}>
          <label htmlFor="field-country_code">Country</label>
          <select
            id="field-country_code"
            name="country_code"
            autoComplete="country"
            required
            defaultValue={value("country_code") || defaultCountry}
            aria-invalid={errors.country_code ? true : undefined}
            aria-describedby={errors.country_code ? "field-country_code-error" : undefined}
            data-testid="field-country_code"
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          {errors.country_code && (
            <p id="field-country_code-error" role="alert" className={styles.error} data-testid="error-country_code">
              {errors.country_code}
            </p>
          )}
        </div>
      </div>
      <FormField name="phone" label="Phone (optional)" type="tel" autoComplete="tel" defaultValue={value("phone")} error={errors.phone} />
    </>
  )
}
