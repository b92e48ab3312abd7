import type { HttpTypes } from "@medusajs/types"
import { countryName } from "@/lib/util/countries"
import type { CountryOption } from "@/modules/account/components/address-fields"
import SavedAddressForm from "@/modules/checkout/components/saved-address-form"
import styles from "./styles.module.css"

type Props = { countryCode: string; addresses: HttpTypes.StoreCustomerAddress[]; countries: CountryOption[] }

const oneLine = (a: HttpTypes.StoreCustomerAddress) => [a.address_1, a.city, countryName(a.country_code)].filter(Boolean).join(", ")

/** A signed-in reader's address book, limited to the countries this cart can be delivered to. */
export default function SavedAddresses({ countryCode, addresses, countries }: Props) {
  const usable = addresses.filter((a) => countries.some((c) => c.code === a.country_code))
  if (usable.length === 0) return null
  return (
    <section aria-labelledby="saved-addresses-heading" className={styles.saved}>
      <h3 id="saved-addresses-heading">Your saved addresses</h3>
      <ul className={styles.list} data-testid="saved-addresses">
        {usable.map((address) => (
          <li key={address.id} className={styles.card} data-testid="saved-address">
            <address>
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              <br />
              {oneLine(address)}
            </address>
            <SavedAddressForm countryCode={countryCode} addressId={address.id} label={oneLine(address)} />
          </li>
        ))}
      </ul>
      <h3 className={styles.or}>Or a new address</h3>
    </section>
  )
}
