import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import DeleteAddressForm from "@/modules/account/components/delete-address-form"
import styles from "./styles.module.css"

type Props = { addresses: HttpTypes.StoreCustomerAddress[]; countryCode: string; saved: boolean }

const oneLine = (a: HttpTypes.StoreCustomerAddress) => [a.address_1, a.city].filter(Boolean).join(", ")

export default function AddressBook({ addresses, countryCode, saved }: Props) {
  const base = `/${countryCode}/account/addresses`
  return (
    <section aria-labelledby="addresses-heading">
      <h1 id="addresses-heading">Your addresses</h1>
      {saved && (
        <p role="status" className="notice" data-testid="address-saved">
          The address has been saved.
        </p>
      )}
      {addresses.length === 0 ? (
        <p data-testid="no-addresses">You have no saved addresses yet.</p>
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
                {address.country_code?.toUpperCase()}
                {address.phone && (
                  <>
                    <br />
                    {address.phone}
                  </>
                )}
              </address>
              <div className={styles.actions}>
                <Link href={`${base}/${address.id}`} aria-label={`Edit the address ${oneLine(address)}`} data-testid="edit-address">
                  Edit
                </Link>
                <DeleteAddressForm countryCode={countryCode} addressId={address.id} label={oneLine(address)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`${base}/new`} className="button" data-testid="add-address">
          Add an address
        </Link>
      </p>
    </section>
  )
}
