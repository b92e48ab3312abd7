import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

/**
 * Flutterwave takes amounts in MAJOR units (naira, dollars), as decimal
 * numbers, unlike Paystack's integer kobo: 6500.50 NGN is sent as 6500.5.
 * The decimals each currency allows, for the currencies it settles here.
 */
const DECIMALS: Record<string, number> = { NGN: 2, USD: 2, GHS: 2, KES: 2, ZAR: 2, GBP: 2, EUR: 2, UGX: 0, RWF: 0, XAF: 0, XOF: 0 }

export function flutterwaveCurrency(currencyCode: string): string {
  const currency = currencyCode.toUpperCase()
  if (!(currency in DECIMALS)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Flutterwave does not take payments in ${currency}`)
  }
  return currency
}

/**
 * Medusa's amount (major units, an exact decimal) → the number Flutterwave
 * is sent, refused when it has more decimals than the currency: nothing is
 * rounded. Every amount of at most two decimals prints back exactly from
 * its JSON number, so what Flutterwave reads is what Medusa holds.
 */
export function toFlutterwaveAmount(amount: BigNumberInput, currencyCode: string): number {
  const currency = flutterwaveCurrency(currencyCode)
  const exact = MathBN.convert(amount)
  if (exact.isNegative() || (exact.decimalPlaces() ?? 0) > DECIMALS[currency]) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${exact.toString()} ${currency} cannot be paid in whole ${currency} subunits`)
  }
  return exact.toNumber()
}

/** Whether two amounts in major units are exactly the same (18.5 and 18.50 are). */
export function sameAmount(a: BigNumberInput, b: BigNumberInput): boolean {
  return MathBN.eq(MathBN.convert(a), MathBN.convert(b))
}
