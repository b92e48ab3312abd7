import type { HttpTypes } from "@medusajs/types"
import type { ReactNode } from "react"
import type { ShippingChoice } from "@/lib/data/shipping"
import { addressLines, checkoutSteps, firstOpenStep, type CheckoutStep } from "@/lib/util/checkout"
import type { ProviderKey } from "@/lib/util/payment-providers"
import { formatAmount } from "@/lib/util/money"
import type { CountryOption } from "@/modules/account/components/address-fields"
import Alert from "@/modules/common/components/alert"
import PageContainer from "@/modules/common/components/page-container"
import DeliveryForm from "@/modules/checkout/components/delivery-form"
import EmailForm from "@/modules/checkout/components/email-form"
import OrderSummary from "@/modules/checkout/components/order-summary"
import PayForm from "@/modules/checkout/components/pay-form"
import PromotionForm from "@/modules/cart/components/promotion-form"
import SavedAddresses from "@/modules/checkout/components/saved-addresses"
import ShippingAddressForm from "@/modules/checkout/components/shipping-address-form"
import StepSection from "@/modules/checkout/components/step-section"
import styles from "./styles.module.css"

type Props = {
  cart: HttpTypes.StoreCart
  countryCode: string
  current: CheckoutStep
  customer: HttpTypes.StoreCustomer | null
  savedAddresses: HttpTypes.StoreCustomerAddress[]
  countries: CountryOption[]
  deliveryOptions: ShippingChoice[]
  notice: string | null
  /** The payment providers to offer at the review step, Paystack first. */
  providers: ProviderKey[]
  paystackPaused: boolean
}

const TITLES: Record<CheckoutStep, string> = { email: "Email", address: "Delivery address", delivery: "Delivery", review: "Review and pay" }

export default function CheckoutTemplate(props: Props) {
  const { cart, countryCode, current, customer } = props
  const steps = checkoutSteps(cart)
  const open = steps.indexOf(firstOpenStep(cart))
  const base = `/${countryCode}/checkout`
  const money = (amount: unknown) => formatAmount(Number(amount ?? 0), cart.currency_code)
  const method = cart.shipping_methods?.[0]
  const stateOf = (step: CheckoutStep) => (step === current ? "current" : steps.indexOf(step) < open ? "done" : "todo")

  const body: Record<CheckoutStep, ReactNode> = {
    email: <EmailForm countryCode={countryCode} email={cart.email ?? customer?.email ?? ""} signedIn={customer !== null} />,
    address: (
      <>
        <SavedAddresses countryCode={countryCode} addresses={props.savedAddresses} countries={props.countries} />
        <ShippingAddressForm countryCode={countryCode} countries={props.countries} address={cart.shipping_address ?? {}} labelledBy="step-address-heading" />
      </>
    ),
    delivery: (
      <DeliveryForm countryCode={countryCode} options={props.deliveryOptions} chosen={method?.shipping_option_id ?? null} currencyCode={cart.currency_code} />
    ),
    review: (
      <>
        <PromotionForm codes={(cart.promotions ?? []).flatMap((p) => (p?.code ? [p.code] : []))} />
        <PayForm countryCode={countryCode} total={money(cart.total)} providers={props.providers} paystackPaused={props.paystackPaused} />
      </>
    ),
  }
  const summary: Record<CheckoutStep, ReactNode> = {
    email: cart.email,
    address: cart.shipping_address && (
      <address>
        {addressLines(cart.shipping_address).map((line) => (
          <span key={line} className={styles.line}>
            {line}
          </span>
        ))}
      </address>
    ),
    delivery: method && `${method.name} — ${money(method.amount)}`,
    review: null,
  }

  return (
    <PageContainer className={styles.page}>
      <h1>Checkout</h1>
      {props.notice && (
        <Alert tone="error" as="p" className={styles.alert} testId="payment-notice">
          {props.notice}
        </Alert>
      )}
      <ol className={styles.steps}>
        {steps.map((step, i) => (
          <li key={step} aria-current={step === current ? "step" : undefined}>
            <StepSection
              step={step}
              number={i + 1}
              title={TITLES[step]}
              state={stateOf(step)}
              summary={summary[step]}
              changeHref={step === "review" ? undefined : `${base}?step=${step}`}
              changeLabel={`Change the ${TITLES[step].toLowerCase()}`}
            >
              {body[step]}
            </StepSection>
          </li>
        ))}
      </ol>
      <OrderSummary cart={cart} countryCode={countryCode} />
    </PageContainer>
  )
}
