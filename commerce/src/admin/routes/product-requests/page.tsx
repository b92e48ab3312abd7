import { defineRouteConfig } from "@medusajs/admin-sdk"
import { StatusListPage } from "../../components/status-list-page"
import { ProductRequestRow } from "../../components/vendors/product-request-row"
import { useStatusPage } from "../../lib/use-status-page"
import { productRequestsApi, type AdminProductRequest } from "../../lib/product-requests-api"

const LIMIT = 20

/** Vendors' new products and large price changes waiting for staff, oldest first, with a before/after diff. */
const ProductRequestsPage = () => {
  const { page, load, ...list } = useStatusPage((query) => productRequestsApi<{ product_requests: AdminProductRequest[]; count: number }>(query), "pending", LIMIT)

  return (
    <StatusListPage
      title="Vendor products"
      lead="Approving a new product puts it in the shop; approving a price change sets the new prices. Rejecting needs a reason, which the vendor sees."
      filterId="product-request-status"
      statusOptions={[
        { value: "pending", label: "Pending" },
        { value: "approved", label: "Approved" },
        { value: "rejected", label: "Rejected" },
      ]}
      list={list}
      rows={page?.product_requests}
      count={page?.count}
      limit={LIMIT}
      itemHeading="Change"
      renderRow={(request) => <ProductRequestRow key={request.id} request={request} onDone={load} />}
      emptyText="No requests here."
    />
  )
}

export const config = defineRouteConfig({ label: "Vendor products" })

export default ProductRequestsPage
