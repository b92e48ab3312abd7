import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

/**
 * Paystack takes amounts as integers in the currency's subunit (kobo for
 * NGN, cents for USD, pesewas, ...): every currency it settles has 100.
 */
const SUBUNITS: Record<string, number> = { NGN: 100, USD: 100, GHS: 100, ZAR: 100, KES: 100, XOF: 1 }

export function paystackCurrency(currencyCode: string): string {
  const currency = currencyCode.toUpperCase()
  if (!(currency in SUBUNITS)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Paystack does not take payments in ${currency}`)
  }
  return currency
}

/** Medusa's amount (major units, exact decimal) → Paystack's integer subunits. */
export function toSubunits(amount: BigNumberInput, currencyCode: string): number {
  const currency = paystackCurrency(currencyCode)
  const subunits = MathBN.mult(MathBN.convert(amount), SUBUNITS[currency])
  if (!subunits.isInteger() || subunits.isNegative()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${MathBN.convert(amount).toString()} ${currency} cannot be paid in whole subunits`
    )
  }
  return subunits.toNumber()
}

/** Paystack's integer subunits → Medusa's amount in major units. */
export function fromSubunits(subunits: number, currencyCode: string): number {
  const currency = paystackCurrency(currencyCode)
  return MathBN.div(subunits, SUBUNITS[currency]).toNumber()
}
