import { env } from "../lib/env"

/** How every email looks and signs off: the storefront's name, colours and address. */
export const brand = {
  name: "Adaeze Okafor Books",
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
