import type { VendorReview } from "@/lib/data/vendor-reviews"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Pager from "@/modules/common/components/pager"
import VendorPortalNav from "@/modules/marketplace/components/vendor-portal-nav"
import VendorReviewList from "@/modules/marketplace/components/vendor-review-list"

type Props = { vendorName: string; reviews: VendorReview[]; count: number; page: number; pages: number; countryCode: string }

/** What readers say about the vendor's books and courses (the reviews the shop shows). */
export default function VendorReviews({ vendorName, reviews, count, page, pages, countryCode }: Props) {
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="vendor-reviews-heading" stack>
      <PageHeader
        title="Reviews"
        headingId="vendor-reviews-heading"
        trail={[{ href: `/${countryCode}/vendor`, label: vendorName }]}
        lead={count ? `${count} ${count === 1 ? "review" : "reviews"} of your books and courses, newest first, as readers see them in the shop.` : undefined}
      />
      <VendorPortalNav countryCode={countryCode} />
      {reviews.length ? (
        <>
          <VendorReviewList reviews={reviews} />
          <Pager label="Review pages" page={page} pages={pages} href={(p) => `/${countryCode}/vendor/reviews${p > 1 ? `?page=${p}` : ""}`} />
        </>
      ) : (
        <EmptyState title="No reviews yet" testId="vendor-no-reviews">
          Readers who bought your books and courses can review them; their reviews appear here once they are in the shop.
        </EmptyState>
      )}
    </PageContainer>
  )
}
