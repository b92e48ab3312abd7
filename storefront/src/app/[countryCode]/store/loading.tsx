import PageContainer from "@/modules/common/components/page-container"
import Skeleton from "@/modules/common/components/skeleton"

/** Shown while a listing that is not cached yet renders. */
export default function StoreLoading() {
  return (
    <PageContainer role="status" aria-busy="true" aria-label="Loading books">
      <Skeleton shape="heading" as="div" />
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} shape="card" as="li" />
        ))}
      </ul>
    </PageContainer>
  )
}
