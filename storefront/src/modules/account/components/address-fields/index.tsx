import TextField, { FieldRow, SelectField } from "@/modules/common/components/field"

export type CountryOption = { code: string; name: string }

export const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

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
      <FieldRow>
        <TextField name="first_name" label="First name" autoComplete="given-name" required defaultValue={value("first_name")} error={errors.first_name} />
        <TextField name="last_name" label="Last name" autoComplete="family-name" required defaultValue={value("last_name")} error={errors.last_name} />
      </FieldRow>
      <TextField name="company" label="Company (optional)" autoComplete="organization" defaultValue={value("company")} error={errors.company} />
      <TextField name="address_1" label="Street address" autoComplete="address-line1" required defaultValue={value("address_1")} error={errors.address_1} />
      <TextField
        name="address_2"
        label="Flat, suite or building (optional)"
        autoComplete="address-line2"
        defaultValue={value("address_2")}
        error={errors.address_2}
      />
      <FieldRow>
        <TextField name="city" label="Town or city" autoComplete="address-level2" required defaultValue={value("city")} error={errors.city} />
        <TextField
          name="province"
          label="State or province (optional)"
          autoComplete="address-level1"
          defaultValue={value("province")}
          error={errors.province}
        />
      </FieldRow>
      <FieldRow>
        <TextField
          name="postal_code"
          label="Postal code (optional)"
          autoComplete="postal-code"
          defaultValue={value("postal_code")}
          error={errors.postal_code}
        />
        <SelectField
          name="country_code"
          label="Country"
          autoComplete="country"
          required
          defaultValue={value("country_code") || defaultCountry}
          error={errors.country_code}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
      </FieldRow>
      <TextField name="phone" label="Phone (optional)" type="tel" autoComplete="tel" defaultValue={value("phone")} error={errors.phone} />
    </>
  )
}
