"use client"

import { useSearchParams } from "next/navigation"
import { paymentNotice } from "@/lib/util/checkout"
import ErrorState from "@/modules/common/components/error-state"

/**
 * Checkout could not be read (usually: commerce is not answering). Back from
 * Paystack (`?payment=`), the shopper may well have paid: say what happens to
 * that payment, never "you have not been charged".
 */
export default function CheckoutError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const notice = paymentNotice(useSearchParams().get("payment"))
  return (
    <ErrorState title="Checkout" error={error} reset={reset} testId="checkout-error">
      {notice ?? "Checkout could not be loaded just now. Your cart is safe and you have not been charged; please try again in a moment."}
    </ErrorState>
  )
}
