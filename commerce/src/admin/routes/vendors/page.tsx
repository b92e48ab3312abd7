import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { StatusListPage } from "../../components/status-list-page"
import { VendorPayoutsPanel } from "../../components/vendors/vendor-payouts-panel"
import { VendorRow } from "../../components/vendors/vendor-row"
import { useStatusPage } from "../../lib/use-status-page"
import { vendorsApi, type AdminVendor } from "../../lib/vendors-api"

const LIMIT = 20

/** Marketplace vendors and applications, newest first: staff approve (making the Paystack subaccount), reject or suspend with a reason. */
const VendorsPage = () => {
  const { page, load, ...list } = useStatusPage((query) => vendorsApi<{ vendors: AdminVendor[]; count: number }>(query), "pending", LIMIT)

  return (
    <StatusListPage
      title="Vendors"
      lead="Approving creates the vendor's Paystack subaccount and emails the owner a sign-in link. Rejecting and suspending need a reason."
      filterId="vendor-status"
      statusOptions={[
        { value: "pending", label: "Pending" },
        { value: "approved", label: "Approved" },
        { value: "suspended", label: "Suspended" },
        { value: "rejected", label: "Rejected" },
      ]}
      list={list}
      rows={page?.vendors}
      count={page?.count}
      limit={LIMIT}
      itemHeading="Vendor"
      renderRow={(vendor) => <VendorRow key={vendor.id} vendor={vendor} onDone={load} />}
      emptyText="No vendors here."
    >
      <VendorPayoutsPanel />
    </StatusListPage>
  )
}

export const config = defineRouteConfig({ label: "Vendors", icon: BuildingStorefront })

export default VendorsPage
