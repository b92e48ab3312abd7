import Link from "next/link"
import { VENDOR_ORDER_FILTERS, type VendorOrderFilter } from "@/lib/data/vendor-orders"
import { VENDOR_ORDER_STATUS } from "@/modules/marketplace/components/vendor-order-list/status"
import styles from "@/modules/marketplace/components/vendor-portal-nav/styles.module.css"

/** All orders, or only those in one state: links, so the filter is in the address and survives a reload. */
export default function VendorOrderFilterLinks({ countryCode, current }: { countryCode: string; current?: VendorOrderFilter }) {
  const base = `/${countryCode}/vendor/orders`
  const choices: { status?: VendorOrderFilter; label: string }[] = [{ label: "All" }, ...VENDOR_ORDER_FILTERS.map((status) => ({ status, label: VENDOR_ORDER_STATUS[status].label }))]
  return (
    <nav aria-label="Show orders" className={styles.nav}>
      <ul>
        {choices.map((c) => (
          <li key={c.label}>
            <Link href={c.status ? `${base}?status=${c.status}` : base} aria-current={c.status === current ? "page" : undefined} data-testid={`vendor-orders-filter-${c.status ?? "all"}`}>
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
