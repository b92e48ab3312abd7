import PageContainer from "@/modules/common/components/page-container"
import Skeleton from "@/modules/common/components/skeleton"

/** Shown while search results load. */
export default function SearchLoading() {
  return (
    <PageContainer role="status" aria-busy="true" aria-label="Searching">
      <Skeleton shape="heading" as="div" />
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} shape="card" as="li" />
        ))}
      </ul>
    </PageContainer>
  )
}
