import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

export default function AccountOverview({ customer, countryCode }: { customer: HttpTypes.StoreCustomer; countryCode: string }) {
  const base = `/${countryCode}/account`
  return (
    <section aria-labelledby="account-heading">
      <h1 id="account-heading" data-testid="account-heading">
        Hello{customer.first_name ? `, ${customer.first_name}` : ""}
      </h1>
      <p>
        Signed in as <strong data-testid="account-email">{customer.email}</strong>.
      </p>
      <ul>
        <li>
          <Link href={`${base}/profile`}>Your name and phone number</Link>
        </li>
        <li>
          <Link href={`${base}/addresses`}>Your addresses</Link>
        </li>
        <li>
          <Link href={`${base}/orders`}>Your orders</Link>
        </li>
        <li>
          <Link href={`${base}/library`}>Your ebooks</Link>
        </li>
      </ul>
    </section>
  )
}
