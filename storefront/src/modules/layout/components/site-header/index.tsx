import Link from "next/link"
import { retrieveHeader, type NavLink } from "@/lib/data/navigation"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import AccountLink from "@/modules/layout/components/account-link"
import CartLink from "@/modules/layout/components/cart-link"
import CountrySwitch from "@/modules/layout/components/country-switch"
import SearchBox from "@/modules/search/components/search-box"

/** Shown when the cms cannot be reached, so the shop can still be browsed. */
const FALLBACK_NAV: NavLink[] = [{ label: "Books", url: "/store" }]

/**
 * The header is part of every cached public page, so it holds nothing about
 * the visitor: the cart count and account state are fetched by small client
 * components after the page has arrived. Its links are the cms's `header`
 * global (cached, tag `nav`).
 */
export default async function SiteHeader({ countryCode }: { countryCode: string }) {
  const header = await retrieveHeader().catch(() => null)
  const links = header?.navItems?.length ? header.navItems : FALLBACK_NAV
  // The community lives in commerce, not the cms: linked here unless the cms menu already has it.
  const hasCommunity = links.some((link) => /^\/([a-z]{2}\/)?community(\/|$)/.test(link.url ?? ""))
  return (
    <header className="site-header">
      <div className="container">
        <Link href={`/${countryCode}`} className="brand">
          Adaeze Okafor
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {links.map((link) => {
              const href = safeHref(link.url)
              return href ? (
                <li key={link.id ?? link.url}>
                  <Link href={localiseHref(href, countryCode)}>{link.label}</Link>
                </li>
              ) : null
            })}
            {!hasCommunity && (
              <li>
                <Link href={`/${countryCode}/community`}>Community</Link>
              </li>
            )}
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
