import type { HttpTypes } from "@medusajs/types"
import { countryName } from "@/lib/util/countries"
import DeleteAddressForm from "@/modules/account/components/delete-address-form"
import Alert from "@/modules/common/components/alert"
import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"
import styles from "./styles.module.css"

type Props = { addresses: HttpTypes.StoreCustomerAddress[]; countryCode: string; saved: boolean }

const oneLine = (a: HttpTypes.StoreCustomerAddress) => [a.address_1, a.city].filter(Boolean).join(", ")

export default function AddressBook({ addresses, countryCode, saved }: Props) {
  const base = `/${countryCode}/account/addresses`
  return (
    <section aria-labelledby="addresses-heading">
      <h1 id="addresses-heading">Your addresses</h1>
      {saved && (
        <Alert tone="success" as="p" testId="address-saved" className={styles.saved}>
          The address has been saved.
        </Alert>
      )}
      {addresses.length === 0 ? (
        <EmptyState title="No saved addresses yet" testId="no-addresses">
          Save an address here and choose it at checkout with one tap.
        </EmptyState>
      ) : (
        <ul className={styles.list} data-testid="address-list">
          {addresses.map((address) => (
            <li key={address.id} className={styles.card} data-testid="address-card">
              <address>
                {[address.first_name, address.last_name].filter(Boolean).join(" ")}
                <br />
                {address.company && (
                  <>
                    {address.company}
                    <br />
                  </>
                )}
                {address.address_1}
                {address.address_2 && `, ${address.address_2}`}
                <br />
                {[address.city, address.province, address.postal_code].filter(Boolean).join(", ")}
                <br />
                {countryName(address.country_code)}
                {address.phone && (
                  <>
                    <br />
                    {address.phone}
                  </>
                )}
              </address>
              <div className={styles.actions}>
                <ButtonLink
                  href={`${base}/${address.id}`}
                  variant="secondary"
                  size="sm"
                  aria-label={`Edit the address ${oneLine(address)}`}
                  data-testid="edit-address"
                >
                  Edit
                </ButtonLink>
                <DeleteAddressForm countryCode={countryCode} addressId={address.id} label={oneLine(address)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.add}>
        <ButtonLink href={`${base}/new`} data-testid="add-address">
          Add an address
        </ButtonLink>
      </p>
    </section>
  )
}
