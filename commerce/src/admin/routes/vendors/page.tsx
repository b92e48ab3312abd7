import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { FieldError } from "../../components/community/field-error"
import { FilterSelect } from "../../components/community/filter-select"
import { Pager } from "../../components/community/pager"
import { VendorPayoutsPanel } from "../../components/vendors/vendor-payouts-panel"
import { VendorRow } from "../../components/vendors/vendor-row"
import { useStatusPage } from "../../lib/use-status-page"
import { vendorsApi, type AdminVendor } from "../../lib/vendors-api"

const LIMIT = 20

/** Marketplace vendors and applications, newest first: staff approve (making the Paystack subaccount), reject or suspend with a reason. */
const VendorsPage = () => {
  const { status, setStatus, offset, setOffset, page, error, load } = useStatusPage((query) => vendorsApi<{ vendors: AdminVendor[]; count: number }>(query), "pending", LIMIT)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Vendors</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Approving creates the vendor's Paystack subaccount and emails the owner a sign-in link. Rejecting and suspending need a reason.
          </Text>
        </div>
        <FilterSelect
          id="vendor-status"
          label="Status"
          value={status}
          options={[
            { value: "pending", label: "Pending" },
            { value: "approved", label: "Approved" },
            { value: "suspended", label: "Suspended" },
            { value: "rejected", label: "Rejected" },
          ]}
          onChange={setStatus}
        />
      </div>
      {error && <div className="px-6 py-3"><FieldError message={error} /></div>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Vendor</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Decision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(page?.vendors ?? []).map((vendor) => <VendorRow key={vendor.id} vendor={vendor} onDone={load} />)}
        </Table.Body>
      </Table>
      {page?.vendors.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No vendors here.</Text>}
      {page && page.count > LIMIT && <Pager count={page.count} limit={LIMIT} offset={offset} onOffset={setOffset} />}
      <VendorPayoutsPanel />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Vendors", icon: BuildingStorefront })

export default VendorsPage
