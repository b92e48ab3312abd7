"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./styles.module.css"

const SECTIONS = [
  { path: "", label: "Overview" },
  { path: "/profile", label: "Profile" },
  { path: "/addresses", label: "Addresses" },
  { path: "/orders", label: "Orders" },
  { path: "/library", label: "Library" },
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
              <Link href={href} aria-current={current ? "page" : undefined}>
                {section.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
