import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { StatusListPage } from "../../components/status-list-page"
import { ReviewRow } from "../../components/reviews/review-row"
import { useStatusPage } from "../../lib/use-status-page"
import { reviewsApi, type AdminReview } from "../../lib/reviews-api"

const LIMIT = 20

/** Readers' reviews, newest first: staff hide one with a reason (kept with who and when) or show it again. */
const ReviewsPage = () => {
  const { page, load, ...list } = useStatusPage((query) => reviewsApi<{ reviews: AdminReview[]; count: number }>(query), "", LIMIT)

  return (
    <StatusListPage
      title="Reviews"
      lead="Only verified buyers review. Hiding needs a reason; the shop's pages update at once."
      filterId="review-status"
      statusOptions={[{ value: "visible", label: "Visible" }, { value: "hidden", label: "Hidden" }]}
      list={list}
      rows={page?.reviews}
      count={page?.count}
      limit={LIMIT}
      itemHeading="Review"
      actionHeading="Action"
      renderRow={(review) => <ReviewRow key={review.id} review={review} onDone={load} />}
      emptyText="No reviews."
    />
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: Star })

export default ReviewsPage
