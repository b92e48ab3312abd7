import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { StatusListPage } from "../../components/status-list-page"
import { DisputeRow } from "../../components/disputes/dispute-row"
import { disputesApi, type AdminDispute } from "../../lib/disputes-api"
import { useStatusPage } from "../../lib/use-status-page"

const LIMIT = 20

/** Buyers' disputes on order lines and Paystack chargebacks: read the log, then refund all or part of the line, or close. */
const DisputesPage = () => {
  const { page, load, ...list } = useStatusPage((query) => disputesApi<{ disputes: AdminDispute[]; count: number }>(query), "open", LIMIT)

  return (
    <StatusListPage
      title="Disputes"
      lead="A refund goes back to the buyer through Paystack and takes the vendor's share of that line back in the ledger. Each decision is final and emailed to the buyer and the vendor."
      filterId="dispute-status"
      statusOptions={[
        { value: "open", label: "Open" },
        { value: "vendor_answered", label: "Vendor answered" },
        { value: "partially_refunded", label: "Partly refunded" },
        { value: "refunded", label: "Refunded" },
        { value: "closed", label: "Closed" },
      ]}
      list={list}
      rows={page?.disputes}
      count={page?.count}
      limit={LIMIT}
      itemHeading="Dispute"
      renderRow={(dispute) => <DisputeRow key={dispute.id} dispute={dispute} onDone={load} />}
      emptyText="No disputes here."
    />
  )
}

export const config = defineRouteConfig({ label: "Disputes", icon: ExclamationCircle })

export default DisputesPage
