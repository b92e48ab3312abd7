import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { FieldError } from "../../components/community/field-error"
import { FilterSelect } from "../../components/community/filter-select"
import { Pager } from "../../components/community/pager"
import { ProductRequestRow } from "../../components/vendors/product-request-row"
import { useStatusPage } from "../../lib/use-status-page"
import { productRequestsApi, type AdminProductRequest } from "../../lib/product-requests-api"

const LIMIT = 20

/** Vendors' new products and large price changes waiting for staff, oldest first, with a before/after diff. */
const ProductRequestsPage = () => {
  const { status, setStatus, offset, setOffset, page, error, load } = useStatusPage((query) => productRequestsApi<{ product_requests: AdminProductRequest[]; count: number }>(query), "pending", LIMIT)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Vendor products</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Approving a new product puts it in the shop; approving a price change sets the new prices. Rejecting needs a reason, which the vendor sees.
          </Text>
        </div>
        <FilterSelect
          id="product-request-status"
          label="Status"
          value={status}
          options={[
            { value: "pending", label: "Pending" },
            { value: "approved", label: "Approved" },
            { value: "rejected", label: "Rejected" },
          ]}
          onChange={setStatus}
        />
      </div>
      {error && <div className="px-6 py-3"><FieldError message={error} /></div>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Change</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Decision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(page?.product_requests ?? []).map((request) => <ProductRequestRow key={request.id} request={request} onDone={load} />)}
        </Table.Body>
      </Table>
      {page?.product_requests.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No requests here.</Text>}
      {page && page.count > LIMIT && <Pager count={page.count} limit={LIMIT} offset={offset} onOffset={setOffset} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Vendor products" })

export default ProductRequestsPage
