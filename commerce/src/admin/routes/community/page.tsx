import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { communityApi, type AdminReport, type Engagement } from "../../lib/community-api"

type Action = "hide" | "restore" | "dismiss" | "lock" | "unlock" | "pin" | "unpin" | "suspend" | "reinstate"

/** One open report: the reported post, and every moderation step with the reason it is logged with. */
const ReportRow = ({ report, onDone }: { report: AdminReport; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const discussionId = report.target_type === "discussion" ? report.target_id : report.target?.discussion?.id
  const act = async (action: Action, target_type: "discussion" | "reply" | "member", target_id: string | undefined) => {
    setError(null)
    if (!target_id) return setError("That post is gone.")
    try {
      await communityApi("/moderation", { method: "POST", body: { action, target_type, target_id, reason } })
      onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const post = (action: Action) => () => act(action, report.target_type, report.target_id)
  const inputId = `reason-${report.id}`
  return (
    <Table.Row>
      <Table.Cell className="max-w-md align-top">
        <Text weight="plus">{report.target?.title ?? report.target?.discussion?.title ?? report.target_type}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {report.target_type} by {report.target?.author?.display_name ?? "—"}{" "}
          <Badge size="2xsmall" color={report.target?.visibility === "hidden" ? "red" : "green"}>
            {report.target?.deleted ? "deleted" : report.target?.visibility ?? "gone"}
          </Badge>
        </Text>
        {/* body_html was sanitised by commerce when it was written. */}
        <div className="txt-small mt-2" dangerouslySetInnerHTML={{ __html: report.target?.body_html ?? "" }} />
      </Table.Cell>
      <Table.Cell className="align-top">
        <Text size="small">“{report.reason}”</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {report.reporter?.display_name ?? "—"}, {new Date(report.created_at).toLocaleString()}
        </Text>
      </Table.Cell>
      <Table.Cell className="align-top">
        <Label htmlFor={inputId}>Reason (logged)</Label>
        <Input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why" />
        <div className="mt-2 flex flex-wrap gap-1">
          <Button size="small" variant="danger" onClick={post("hide")}>Hide (resolve)</Button>
          <Button size="small" variant="secondary" onClick={post("restore")}>Restore</Button>
          <Button size="small" variant="secondary" onClick={post("dismiss")}>Dismiss</Button>
          <Button size="small" variant="secondary" onClick={() => act("lock", "discussion", discussionId)}>Lock discussion</Button>
          <Button size="small" variant="secondary" onClick={() => act("pin", "discussion", discussionId)}>Pin discussion</Button>
          <Button size="small" variant="secondary" onClick={() => act("suspend", "member", report.target?.author?.id)}>Suspend author</Button>
          <Button size="small" variant="secondary" onClick={() => act("reinstate", "member", report.target?.author?.id)}>Reinstate author</Button>
        </div>
        {error && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/** The open-report queue and the engagement figures. */
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
      <div className="px-6 py-4">
        <Heading level="h1">Community</Heading>
        <Text className="text-ui-fg-subtle">Open reports, oldest first. Every action needs a reason and is logged.</Text>
      </div>
      {error && (
        <Text className="px-6 py-3 text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      {engagement && (
        <div className="grid gap-4 px-6 py-4 md:grid-cols-3">
          <div>
            <Text weight="plus">Active members</Text>
            <Text>7 days: {engagement.active_members_7d} · 30 days: {engagement.active_members_30d}</Text>
          </div>
          <div>
            <Text weight="plus">Posts per day</Text>
            <ul className="txt-small">
              {engagement.posts_per_day.slice(-7).map((d) => (
                <li key={d.day}>
                  {d.day}: {d.discussions} discussions, {d.replies} replies
                </li>
              ))}
            </ul>
          </div>
          <div>
            <Text weight="plus">Top discussions</Text>
            <ol className="txt-small list-decimal pl-4">
              {engagement.top_discussions.map((d) => (
                <li key={d.id}>
                  {d.title} ({d.reply_count} replies, {d.reactions} reactions)
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
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
