"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./styles.module.css"

/** The portal's sections (a new section is one line here). */
const SECTIONS = [
  { path: "", label: "Products", testId: "products" },
  { path: "/orders", label: "Orders", testId: "orders" },
  { path: "/earnings", label: "Earnings", testId: "earnings" },
  { path: "/reviews", label: "Reviews", testId: "reviews" },
  { path: "/disputes", label: "Disputes", testId: "disputes" },
]

/** The vendor portal's sections, the current one marked. */
export default function VendorPortalNav({ countryCode }: { countryCode: string }) {
  const pathname = usePathname()
  const base = `/${countryCode}/vendor`
  return (
    <nav aria-label="Vendor portal" className={styles.nav}>
      <ul>
        {SECTIONS.map((section) => {
          const href = base + section.path
          const current = section.path ? pathname.startsWith(href) : pathname === href || pathname.startsWith(`${base}/products`)
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? "page" : undefined} data-testid={`vendor-nav-${section.testId}`}>
                {section.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
