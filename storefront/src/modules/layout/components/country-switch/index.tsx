"use client"

import { usePathname } from "next/navigation"
import styles from "./styles.module.css"

const COUNTRIES = [
  { code: "ng", label: "Nigeria (₦)" },
  { code: "us", label: "International ($)" },
]

/**
 * Each link goes through `/api/country`, which moves the visitor's cart to
 * the new country's region before showing the same page there. Plain `<a>`
 * elements: a route that changes the cart must not be prefetched.
 */
export default function CountrySwitch({ countryCode }: { countryCode: string }) {
  const pathname = usePathname() ?? `/${countryCode}`
  return (
    <nav className={styles.switch} aria-label="Country and currency">
      <ul>
        {COUNTRIES.map((c) => (
          <li key={c.code}>
            <a
              href={`/api/country?${new URLSearchParams({ to: c.code, from: pathname })}`}
              aria-current={c.code === countryCode ? "true" : undefined}
              hrefLang={`en-${c.code}`}
              data-testid={`country-${c.code}`}
              rel="nofollow"
            >
              {c.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
