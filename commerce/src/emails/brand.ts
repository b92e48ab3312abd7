import { env } from "../lib/env"
import { cachedSiteSettings } from "../lib/site-settings"

/**
 * How every email looks and signs off: the storefront's name, tagline and contact
 * (the cms's site settings, which renderEmail refreshes first), colours and address.
 */
export const brand = {
  get name() {
    return cachedSiteSettings().siteName
  },
  get tagline() {
    return cachedSiteSettings().tagline
  },
  get contactEmail() {
    return cachedSiteSettings().contactEmail
  },
  ink: "#1d1b18",
  muted: "#5c5650",
  paper: "#fbf8f3",
  line: "#e4ddd2",
  accent: "#8a3b12",
  get url() {
    return env.STOREFRONT_PUBLIC_URL
  },
}

/**
 * An amount in major units (naira, dollars) as the shopper reads it in the
 * order's currency: ₦6,500.00, $12.50, ¥1,200; a currency without a symbol
 * reads as its code (KWD 1.250).
 */
export function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    currencyDisplay: "narrowSymbol",
  }).format(amount)
}
