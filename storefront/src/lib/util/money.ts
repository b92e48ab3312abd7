/** Currencies whose prices the shop shows without minor units. */
const WHOLE_UNIT_CURRENCIES = new Set(["ngn"])
/** One formatter per locale and currency (making one costs about 0.1 ms; a listing prices dozens of things). */
const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats a Medusa 2 amount (major units: 15000 means ₦15,000) in the given
 * currency. Naira prices are whole; other currencies show their minor units.
 */
export function formatAmount(amount: number, currencyCode: string, locale = "en-NG"): string {
  const currency = currencyCode.toUpperCase()
  const whole = WHOLE_UNIT_CURRENCIES.has(currencyCode.toLowerCase()) && Number.isInteger(amount)
  const key = `${locale} ${currency} ${whole}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: whole ? 0 : undefined,
      maximumFractionDigits: whole ? 0 : undefined,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(amount)
}

const subunitFormatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats an amount in the currency's subunits (kobo, cents) to the last
 * subunit, always with two decimals: a vendor's statement is money to the
 * kobo (1234500 kobo → ₦12,345.00; −40000 → -₦400.00).
 */
export function formatSubunits(subunits: number, currencyCode: string, locale = "en-NG"): string {
  const currency = currencyCode.toUpperCase()
  const key = `${locale} ${currency}`
  let formatter = subunitFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: 2, maximumFractionDigits: 2 })
    subunitFormatters.set(key, formatter)
  }
  return formatter.format(subunits / 100)
}
