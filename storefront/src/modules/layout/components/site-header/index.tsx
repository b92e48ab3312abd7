import Link from "next/link"
import AccountLink from "@/modules/layout/components/account-link"
import CartLink from "@/modules/layout/components/cart-link"
import CountrySwitch from "@/modules/layout/components/country-switch"
import SearchBox from "@/modules/search/components/search-box"

/**
 * The header is part of every cached public page, so it holds nothing about
 * the visitor: the cart count and account state are fetched by small client
 * components after the page has arrived.
 */
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
              <Link href={`/${countryCode}/store`}>Books</Link>
            </li>
          </ul>
        </nav>
        <SearchBox countryCode={countryCode} />
        <AccountLink countryCode={countryCode} />
        <CartLink countryCode={countryCode} />
        <CountrySwitch countryCode={countryCode} />
      </div>
    </header>
  )
}
