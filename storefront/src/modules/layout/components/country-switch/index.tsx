import Link from "next/link"

const COUNTRIES = [
  { code: "ng", label: "Nigeria (₦)" },
  { code: "us", label: "International ($)" },
]

export default function CountrySwitch({ countryCode }: { countryCode: string }) {
  return (
    <nav className="country-switch" aria-label="Country and currency">
      {COUNTRIES.map((c) => (
        <Link key={c.code} href={`/${c.code}`} aria-current={c.code === countryCode ? "true" : undefined} hrefLang={`en-${c.code}`}>
          {c.label}
        </Link>
      ))}
    </nav>
  )
}
