import type { Metadata } from "next"
import { ButtonLink } from "@/modules/common/components/button"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"

export const metadata: Metadata = { title: "Your cart link", robots: { index: false } }

const LEADS: Record<string, string> = {
  expired: "This link to your cart has expired. Your books are still in the shop: add them again whenever you like.",
  ordered: "This cart has already become an order, so there is nothing left to bring back. Your orders are in your account.",
  invalid: "This link to your cart is not valid. It may have been cut short when it was copied.",
  unavailable: "We could not open your cart just now. Please try the link again in a moment.",
}

/** Where an abandoned-cart reminder's link lands when it cannot bring the cart back: says why, never an error page. */
export default async function CartRecoveryFailed({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ reason?: string }>
}) {
  const { countryCode } = await params
  const { reason } = await searchParams
  return (
    <PageContainer width="narrow">
      <PageHeader
        title="We could not bring your cart back"
        lead={LEADS[reason ?? ""] ?? LEADS.invalid}
        actions={<ButtonLink href={`/${countryCode}/store`}>Browse the shop</ButtonLink>}
      />
    </PageContainer>
  )
}
