import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { FieldError } from "../../components/community/field-error"
import { FilterSelect } from "../../components/community/filter-select"
import { Pager } from "../../components/community/pager"
import { DisputeRow } from "../../components/disputes/dispute-row"
import { disputesApi, type AdminDispute } from "../../lib/disputes-api"
import { useStatusPage } from "../../lib/use-status-page"

const LIMIT = 20

/** Buyers' disputes on order lines and Paystack chargebacks: read the log, then refund all or part of the line, or close. */
const DisputesPage = () => {
  const { status, setStatus, offset, setOffset, page, error, load } = useStatusPage((query) => disputesApi<{ disputes: AdminDispute[]; count: number }>(query), "open", LIMIT)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Disputes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A refund goes back to the buyer through Paystack and takes the vendor's share of that line back in the ledger. Each decision is final and emailed to the buyer and the vendor.
          </Text>
        </div>
        <FilterSelect
          id="dispute-status"
          label="Status"
          value={status}
          options={[
            { value: "open", label: "Open" },
            { value: "vendor_answered", label: "Vendor answered" },
            { value: "partially_refunded", label: "Partly refunded" },
            { value: "refunded", label: "Refunded" },
            { value: "closed", label: "Closed" },
          ]}
          onChange={setStatus}
        />
      </div>
      {error && <div className="px-6 py-3"><FieldError message={error} /></div>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Dispute</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Decision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(page?.disputes ?? []).map((dispute) => <DisputeRow key={dispute.id} dispute={dispute} onDone={load} />)}
        </Table.Body>
      </Table>
      {page?.disputes.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No disputes here.</Text>}
      {page && page.count > LIMIT && <Pager count={page.count} limit={LIMIT} offset={offset} onOffset={setOffset} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Disputes", icon: ExclamationCircle })

export default DisputesPage
