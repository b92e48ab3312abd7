import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

const digits = new Map<string, number>()

/** The decimals of `currency`'s minor unit (ISO 4217, as Intl knows them): NGN and USD 2, XOF and UGX 0. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase()
  let found = digits.get(code)
  if (found === undefined) {
    found = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2
    digits.set(code, found)
  }
  return found
}

/** An amount in major units as a whole number of minor units (kobo, cents), exactly. */
export const toMinor = (amount: BigNumberInput, currency: string): number => MathBN.mult(MathBN.convert(amount), 10 ** minorDigits(currency)).toNumber()

/** Minor units back to major units. */
export const fromMinor = (minor: number, currency: string): number => MathBN.div(minor, 10 ** minorDigits(currency)).toNumber()
