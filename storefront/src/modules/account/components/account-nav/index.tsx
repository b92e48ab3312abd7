"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./styles.module.css"

/** The account's sections. */
const SECTIONS = [
  { path: "", label: "Overview" },
  { path: "/orders", label: "Orders" },
  { path: "/library", label: "Library" },
  { path: "/courses", label: "Courses" },
  { path: "/events", label: "Events" },
  { path: "/wishlist", label: "Wishlist" },
  { path: "/addresses", label: "Addresses" },
  { path: "/profile", label: "Profile" },
]

export default function AccountNav({ countryCode }: { countryCode: string }) {
  const pathname = usePathname()
  const base = `/${countryCode}/account`
  return (
    <nav aria-label="Account" className={styles.nav}>
      <ul>
        {SECTIONS.map((section) => {
          const href = base + section.path
          const current = section.path ? pathname.startsWith(href) : pathname === href
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? "page" : undefined} data-testid={`account-nav-${section.path.slice(1) || "overview"}`}>
                {section.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
