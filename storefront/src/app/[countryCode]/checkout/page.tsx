import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { CHECKOUT_FIELDS, retrieveCartInRegion } from "@/lib/data/cart"
import { listAddresses, retrieveCurrentCustomer } from "@/lib/data/customer"
import { listPaymentProviderIds, paystackBreaker } from "@/lib/data/payment"
import { retrieveRegionForCountry } from "@/lib/data/regions"
import { listShippingOptions } from "@/lib/data/shipping"
import { currentStep, paymentNotice } from "@/lib/util/checkout"
import { offeredProviders } from "@/lib/util/payment-providers"
import EmptyCart from "@/modules/cart/components/empty-cart"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "Checkout", robots: { index: false } }

// One visitor's cart: rendered for each request, never cached. No loading.tsx
// on purpose: a streamed page shows its content only once JavaScript runs,
// and every checkout form works without it.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const query = await searchParams
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) notFound()
  const [cart, customer] = await Promise.all([retrieveCartInRegion(region.id, CHECKOUT_FIELDS), retrieveCurrentCustomer()])
  const notice = paymentNotice(first(query.payment))
  if (!cart?.items?.length) {
    return (
      <div className="container">
        <h1>Checkout</h1>
        {notice && (
          <p role="alert" className="notice" data-testid="payment-notice">
            {notice}
          </p>
        )}
        <EmptyCart countryCode={countryCode} />
      </div>
    )
  }
  const current = currentStep(cart, first(query.step))
  const [savedAddresses, deliveryOptions, regionProviders] = await Promise.all([
    current === "address" && customer ? listAddresses() : [],
    current === "delivery" ? listShippingOptions(cart.id) : [],
    current === "review" ? listPaymentProviderIds(region.id) : ([] as string[]),
  ])
  const paystackPaused = paystackBreaker.isOpen()
  const providers = offeredProviders(regionProviders, paystackPaused)
  const countries = (region.countries ?? [])
    .flatMap((c) => (c.iso_2 ? [{ code: c.iso_2, name: c.display_name ?? c.iso_2.toUpperCase() }] : []))
    .sort((a, b) => a.name.localeCompare(b.name))
  return (
    <CheckoutTemplate
      cart={cart}
      countryCode={countryCode}
      current={current}
      customer={customer}
      savedAddresses={savedAddresses}
      countries={countries}
      deliveryOptions={deliveryOptions}
      notice={notice}
      providers={providers}
      paystackPaused={paystackPaused && regionProviders.includes("pp_paystack_paystack") && !providers.includes("paystack")}
    />
  )
}
