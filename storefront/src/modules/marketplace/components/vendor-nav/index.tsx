"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./styles.module.css"

/** The vendor portal's sections. */
const SECTIONS = [
  { path: "", label: "Products", testId: "vendor-nav-products" },
  { path: "/earnings", label: "Earnings", testId: "vendor-nav-earnings" },
]

export default function VendorNav({ countryCode }: { countryCode: string }) {
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
              <Link href={href} aria-current={current ? "page" : undefined} data-testid={section.testId}>
                {section.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
