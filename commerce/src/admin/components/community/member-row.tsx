import { Badge, Table, Text } from "@medusajs/ui"
import type { AdminMember } from "../../lib/community-api"
import { AwardBadgeButton } from "./award-badge"
import { MemberActionButton } from "./member-action"
import { MemberBadges } from "./member-badges"

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never")

/** A member with what they have done, and the actions that fit their state. */
export const MemberRow = ({ member, onDone }: { member: AdminMember; onDone: (message: string) => void }) => {
  const { activity } = member
  return (
    <Table.Row data-testid="community-member">
      <Table.Cell className="align-top">
        <Text weight="plus">{member.display_name}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {member.email ?? "no email"} · joined {new Date(member.joined_at).toLocaleDateString()}
        </Text>
      </Table.Cell>
      <Table.Cell className="align-top">
        <div className="flex flex-wrap gap-1">
          <Badge size="2xsmall" color={member.status === "suspended" ? "red" : "green"}>
            {member.status === "suspended" ? "Suspended" : "Active"}
          </Badge>
          {member.role === "moderator" && (
            <Badge size="2xsmall" color="blue">
              Moderator
            </Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell className="align-top">
        <Text size="small">
          {activity.discussions} discussions · {activity.replies} replies
        </Text>
        <Text size="small" className={activity.open_reports_against ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {activity.reports_against} reports against ({activity.open_reports_against} open)
        </Text>
      </Table.Cell>
      <Table.Cell className="align-top">
        <MemberBadges member={member} onDone={onDone} />
      </Table.Cell>
      <Table.Cell className="align-top">
        <Text size="small">{when(activity.last_active_at)}</Text>
      </Table.Cell>
      <Table.Cell className="align-top">
        <div className="flex flex-wrap gap-1">
          <MemberActionButton member={member} action={member.status === "suspended" ? "reinstate" : "suspend"} onDone={onDone} />
          {member.status === "active" && (
            <MemberActionButton member={member} action={member.role === "moderator" ? "demote" : "promote"} onDone={onDone} />
          )}
          {member.status === "suspended" && member.role === "moderator" && <MemberActionButton member={member} action="demote" onDone={onDone} />}
          <AwardBadgeButton member={member} onDone={onDone} />
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
