import { Badge, Button, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { communityApi, reasonProblem, type AdminReport } from "../../lib/community-api"
import { FieldError } from "./field-error"

type Action = "hide" | "restore" | "dismiss" | "lock" | "pin" | "suspend" | "reinstate"

/** One open report: the reported post, and every moderation step with the reason it is logged with. */
export const ReportRow = ({ report, onDone }: { report: AdminReport; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const discussionId = report.target_type === "discussion" ? report.target_id : report.target?.discussion?.id
  const act = async (action: Action, target_type: "discussion" | "reply" | "member", target_id: string | undefined) => {
    setError(null)
    if (!target_id) return setError("That post is gone.")
    const problem = reasonProblem(reason)
    if (problem) return setError(problem)
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
        <Input
          id={inputId}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="Why"
          aria-invalid={!!error}
          aria-describedby={error ? `${inputId}-error` : undefined}
        />
        <div className="mt-2 flex flex-wrap gap-1">
          <Button size="small" variant="danger" onClick={post("hide")}>Hide (resolve)</Button>
          <Button size="small" variant="secondary" onClick={post("restore")}>Restore</Button>
          <Button size="small" variant="secondary" onClick={post("dismiss")}>Dismiss</Button>
          <Button size="small" variant="secondary" onClick={() => act("lock", "discussion", discussionId)}>Lock discussion</Button>
          <Button size="small" variant="secondary" onClick={() => act("pin", "discussion", discussionId)}>Pin discussion</Button>
          <Button size="small" variant="secondary" onClick={() => act("suspend", "member", report.target?.author?.id)}>Suspend author</Button>
          <Button size="small" variant="secondary" onClick={() => act("reinstate", "member", report.target?.author?.id)}>Restore author</Button>
        </div>
        <FieldError id={`${inputId}-error`} message={error} />
      </Table.Cell>
    </Table.Row>
  )
}
