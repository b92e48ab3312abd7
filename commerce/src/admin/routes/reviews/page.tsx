import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { FieldError } from "../../components/community/field-error"
import { FilterSelect } from "../../components/community/filter-select"
import { Pager } from "../../components/community/pager"
import { ReviewRow } from "../../components/reviews/review-row"
import { useStatusPage } from "../../lib/use-status-page"
import { reviewsApi, type AdminReview } from "../../lib/reviews-api"

const LIMIT = 20

/** Readers' reviews, newest first: staff hide one with a reason (kept with who and when) or show it again. */
const ReviewsPage = () => {
  const { status, setStatus, offset, setOffset, page, error, load } = useStatusPage((query) => reviewsApi<{ reviews: AdminReview[]; count: number }>(query), "", LIMIT)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Reviews</Heading>
          <Text size="small" className="text-ui-fg-subtle">Only verified buyers review. Hiding needs a reason; the shop's pages update at once.</Text>
        </div>
        <FilterSelect
          id="review-status"
          label="Status"
          value={status}
          options={[{ value: "visible", label: "Visible" }, { value: "hidden", label: "Hidden" }]}
          onChange={setStatus}
        />
      </div>
      {error && <div className="px-6 py-3"><FieldError message={error} /></div>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Review</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(page?.reviews ?? []).map((review) => <ReviewRow key={review.id} review={review} onDone={load} />)}
        </Table.Body>
      </Table>
      {page?.reviews.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No reviews.</Text>}
      {page && page.count > LIMIT && <Pager count={page.count} limit={LIMIT} offset={offset} onOffset={setOffset} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: Star })

export default ReviewsPage
