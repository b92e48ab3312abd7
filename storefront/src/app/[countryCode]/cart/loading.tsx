import PageContainer from "@/modules/common/components/page-container"
import Skeleton from "@/modules/common/components/skeleton"

/** Shown while the cart is read from commerce. */
export default function CartLoading() {
  return (
    <PageContainer aria-busy="true" aria-live="polite" stack>
      <h1>Your cart</h1>
      <p className="visually-hidden">Loading your cart…</p>
      <Skeleton shape="block" height="7rem" as="div" />
      <Skeleton shape="block" height="7rem" as="div" />
    </PageContainer>
  )
}
