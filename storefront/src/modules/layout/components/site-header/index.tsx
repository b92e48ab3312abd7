import Link from "next/link"

const COUNTRIES = [
  { code: "ng", label: "Nigeria (₦)" },
  { code: "us", label: "International ($)" },
]

export default function SiteHeader({ countryCode }: { countryCode: string }) {
  return (
    <header className="site-header">
      <div className="container">
        <Link href={`/${countryCode}`} className="brand">
          Adaeze Okafor
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <Link href={`/${countryCode}`}>Books</Link>
            </li>
          </ul>
        </nav>
        <nav className="country-switch" aria-label="Country and currency">
          {COUNTRIES.map((c) => (
            <Link key={c.code} href={`/${c.code}`} aria-current={c.code === countryCode ? "true" : undefined} hrefLang={`en-${c.code}`}>
              {c.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  )
}
