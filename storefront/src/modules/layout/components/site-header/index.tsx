import Link from "next/link"
import { env } from "@/lib/env"
import { mediaUrl } from "@/lib/data/media"
import { retrieveHeader, type NavLink } from "@/lib/data/navigation"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import AccountLink from "@/modules/layout/components/account-link"
import CartLink from "@/modules/layout/components/cart-link"
import CountrySwitch from "@/modules/layout/components/country-switch"
import NotificationBell from "@/modules/layout/components/notification-bell"
import SiteMenu from "@/modules/layout/components/site-menu"
import SearchBox from "@/modules/search/components/search-box"
import styles from "./styles.module.css"

/** Shown when the cms cannot be reached, so the shop can still be browsed. */
const FALLBACK_NAV: NavLink[] = [{ label: "Books", url: "/store" }]

/**
 * The header is part of every cached public page, so it holds nothing about
 * the visitor: the cart count, account state and a member's unread
 * notifications are fetched by small client components after the page has arrived. Its links are the cms's `header`
 * global (cached, tag `nav`); the name or logo is the site settings' (tag
 * `settings`). On phones the links fold behind a menu button; the cart stays in the bar.
 */
export default async function SiteHeader({ countryCode }: { countryCode: string }) {
  const [header, brand] = await Promise.all([retrieveHeader().catch(() => null), retrieveSiteSettings()])
  const logoUrl = brand.logo?.sizes?.thumbnail?.url || brand.logo?.url
  const links = header?.navItems?.length ? header.navItems : FALLBACK_NAV
  // The community lives in commerce, not the cms: linked here unless the cms menu already has it.
  const hasCommunity = links.some((link) => /^\/([a-z]{2}\/)?community(\/|$)/.test(link.url ?? ""))
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href={`/${countryCode}`} className={styles.brand} data-testid="site-name">
          {logoUrl ? <img src={mediaUrl(logoUrl, env.CMS_URL)} alt={brand.siteName} className={styles.logo} /> : brand.siteName}
        </Link>
        <SiteMenu
          after={
            <div className={styles.cart}>
              <CartLink countryCode={countryCode} />
            </div>
          }
        >
          <div className={styles.search}>
            <SearchBox countryCode={countryCode} />
          </div>
          <nav className={styles.nav} aria-label="Main">
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
          {/* Beside the account link: in the bar from 48rem, in the menu on phones (the bar has no room left there). */}
          <div className={styles.account}>
            <NotificationBell countryCode={countryCode} />
            <AccountLink countryCode={countryCode} />
          </div>
          <div className={styles.country}>
            <CountrySwitch countryCode={countryCode} />
          </div>
        </SiteMenu>
      </div>
      {/* Without JavaScript the menu cannot open: its contents simply show. */}
      <noscript>
        <style>{`[data-site-menu]{display:flex!important;position:static!important;box-shadow:none!important}`}</style>
      </noscript>
    </header>
  )
}
