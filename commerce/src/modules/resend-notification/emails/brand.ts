import { AsyncLocalStorage } from "node:async_hooks"

/**
 * What an email prints of the shop: its name, tagline, contact and storefront.
 * The module does not know where these live (the cms's site settings, the app's
 * env): the app hands them in through the provider's `brand` option, as every
 * Medusa provider takes its configuration from options, never from the app.
 */
export type EmailBrand = {
  siteName: string
  tagline: string | null
  contactEmail: string | null
  /** The storefront's public origin, for links in the footer. */
  storefrontUrl: string
}

/** Printed when the app gives no brand (a bare provider, a unit test). */
export const DEFAULT_EMAIL_BRAND: EmailBrand = Object.freeze({
  siteName: "Adaeze Okafor",
  tagline: "Books for writers, teachers and lifelong learners.",
  contactEmail: null,
  storefrontUrl: "http://localhost:8000",
})

/** The brand of the email being rendered: each render runs in its own context, so two renders never mix brands. */
const renderingBrand = new AsyncLocalStorage<EmailBrand>()

/** Runs `render` with `brand` as the one the templates print. */
export const withEmailBrand = <T>(brand: EmailBrand, render: () => Promise<T>): Promise<T> => renderingBrand.run(brand, render)

const current = () => renderingBrand.getStore() ?? DEFAULT_EMAIL_BRAND

/** How every email looks and signs off: the brand it is rendered with, and the shop's colours. */
export const brand = {
  get name() {
    return current().siteName
  },
  get tagline() {
    return current().tagline
  },
  get contactEmail() {
    return current().contactEmail
  },
  ink: "#1d1b18",
  muted: "#5c5650",
  paper: "#fbf8f3",
  line: "#e4ddd2",
  accent: "#8a3b12",
  get url() {
    return current().storefrontUrl
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
