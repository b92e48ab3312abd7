import PageContainer from "@/modules/common/components/page-container"
import Skeleton from "@/modules/common/components/skeleton"

/** Shown while the courses are read from commerce. */
export default function CoursesLoading() {
  return (
    <PageContainer aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading courses…</p>
      <Skeleton shape="heading" as="div" />
      <Skeleton shape="block" height="14rem" as="div" />
    </PageContainer>
  )
}
