import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { CommunityNav } from "../../components/community/community-nav"
import { EngagementSummary } from "../../components/community/engagement-summary"
import { FieldError } from "../../components/community/field-error"
import { ReportRow } from "../../components/community/report-row"
import { communityApi, type AdminReport, type Engagement } from "../../lib/community-api"

/** Reports: the open-report queue, oldest first, and the engagement figures. */
const CommunityPage = () => {
  const [reports, setReports] = useState<AdminReport[] | null>(null)
  const [engagement, setEngagement] = useState<Engagement | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    communityApi<{ reports: AdminReport[] }>("/reports?status=open").then((d) => setReports(d.reports), (e: Error) => setError(e.message))
    communityApi<{ engagement: Engagement }>("/engagement").then((d) => setEngagement(d.engagement), (e: Error) => setError(e.message))
  }, [])
  useEffect(load, [load])

  return (
    <Container className="divide-y p-0">
      <CommunityNav lead="Open reports, oldest first. Every action needs a reason and is logged." />
      {error && (
        <div className="px-6 py-3">
          <FieldError message={error} />
        </div>
      )}
      {engagement && <EngagementSummary engagement={engagement} />}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Reported post</Table.HeaderCell>
            <Table.HeaderCell>Report</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(reports ?? []).map((report) => (
            <ReportRow key={report.id} report={report} onDone={load} />
          ))}
        </Table.Body>
      </Table>
      {reports?.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No open reports.</Text>}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Community", icon: ChatBubbleLeftRight })

export default CommunityPage
