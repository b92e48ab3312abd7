import { Badge, Table, Text } from "@medusajs/ui"
import type { LogEntry } from "../../lib/community-api"

export const ACTION_LABELS: Record<string, string> = {
  hide: "Hide post",
  restore: "Restore post",
  lock: "Lock discussion",
  unlock: "Unlock discussion",
  pin: "Pin discussion",
  unpin: "Unpin discussion",
  dismiss: "Dismiss reports",
  suspend: "Suspend member",
  reinstate: "Restore member",
  promote: "Make moderator",
  demote: "Remove moderator",
  create: "Create category",
  update: "Edit category",
  archive: "Archive category",
  unarchive: "Bring back category",
  move: "Move category",
  award_badge: "Award badge",
  revoke_badge: "Revoke badge",
}

const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v))

/** What changed, in words: "name: Old → New"; positions counted from 1 as people count. */
const describe = (details: Record<string, unknown> | null) =>
  Object.entries(details ?? {}).map(([field, value]) => {
    if (value && typeof value === "object" && "from" in value && "to" in value) {
      const { from, to } = value as { from: unknown; to: unknown }
      const place = (p: unknown) => (typeof p === "number" ? String(p + 1) : shown(p))
      return field === "position" ? `place ${place(from)} → ${place(to)}` : `${field}: ${shown(from)} → ${shown(to)}`
    }
    return `${field}: ${shown(value)}`
  })

/** One log entry: when, who (staff or moderator), what, to what, and why. */
export const LogEntryRow = ({ entry }: { entry: LogEntry }) => (
  <Table.Row data-testid="moderation-log-entry">
    <Table.Cell className="align-top whitespace-nowrap">
      <Text size="small">{new Date(entry.created_at).toLocaleString()}</Text>
    </Table.Cell>
    <Table.Cell className="align-top">
      <Text size="small">{entry.actor.name ?? entry.actor.id}</Text>
      <Badge size="2xsmall" color={entry.actor.type === "staff" ? "purple" : "blue"}>
        {entry.actor.type === "staff" ? "Staff" : "Moderator"}
      </Badge>
    </Table.Cell>
    <Table.Cell className="align-top">
      <Text size="small" weight="plus">
        {ACTION_LABELS[entry.action] ?? entry.action}
      </Text>
    </Table.Cell>
    <Table.Cell className="align-top">
      <Text size="small">{entry.target.name ?? entry.target.id}</Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {entry.target.type}
      </Text>
    </Table.Cell>
    <Table.Cell className="align-top">
      {entry.reason && <Text size="small">“{entry.reason}”</Text>}
      {describe(entry.details).map((line) => (
        <Text key={line} size="xsmall" className="text-ui-fg-subtle">
          {line}
        </Text>
      ))}
    </Table.Cell>
  </Table.Row>
)
