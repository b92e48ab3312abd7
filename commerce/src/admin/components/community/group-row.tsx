import { Badge, Button, Prompt, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminGroup, GroupValues } from "../../lib/community-groups-api"
import { GroupForm } from "./group-form"
import { GroupMembers } from "./group-members"

type Props = {
  group: AdminGroup
  onSave: (id: string, values: GroupValues) => Promise<void>
  onArchive: (id: string, archived: boolean) => void
  onChange: () => void
}

/** One group: what it is, an edit form and its people on demand, and archive or bring back. */
export const GroupRow = ({ group, onSave, onArchive, onChange }: Props) => {
  const [open, setOpen] = useState<"edit" | "members" | null>(null)
  const archived = !!group.archived_at
  const toggle = (panel: "edit" | "members") => setOpen((o) => (o === panel ? null : panel))
  return (
    <li className="flex flex-col gap-3 px-6 py-3" data-testid="community-group">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <Text weight="plus">
            {group.name}{" "}
            <Badge size="2xsmall" color={group.visibility === "private" ? "purple" : "green"}>
              {group.visibility === "private" ? "Private" : "Public"}
            </Badge>{" "}
            {archived && (
              <Badge size="2xsmall" color="grey">
                Archived
              </Badge>
            )}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            /community/groups/{group.slug} · {group.member_count} member{group.member_count === 1 ? "" : "s"}
            {group.pending_requests ? ` · ${group.pending_requests} waiting for approval` : ""}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => toggle("members")} aria-expanded={open === "members"}>
          People{group.pending_requests ? ` (${group.pending_requests})` : ""}
        </Button>
        <Button size="small" variant="secondary" onClick={() => toggle("edit")} aria-expanded={open === "edit"}>
          Edit
        </Button>
        {archived ? (
          <Button size="small" variant="secondary" onClick={() => onArchive(group.id, false)}>
            Bring back
          </Button>
        ) : (
          <Prompt>
            <Prompt.Trigger asChild>
              <Button size="small" variant="secondary">
                Archive
              </Button>
            </Prompt.Trigger>
            <Prompt.Content>
              <Prompt.Header>
                <Prompt.Title>Archive “{group.name}”?</Prompt.Title>
                <Prompt.Description>
                  It takes no new members or discussions and leaves the storefront's list of groups. Its members keep reading its discussions. You can
                  bring it back later.
                </Prompt.Description>
              </Prompt.Header>
              <Prompt.Footer>
                <Prompt.Cancel>Cancel</Prompt.Cancel>
                <Prompt.Action onClick={() => onArchive(group.id, true)}>Archive</Prompt.Action>
              </Prompt.Footer>
            </Prompt.Content>
          </Prompt>
        )}
      </div>
      {open === "edit" && (
        <GroupForm
          idPrefix={`edit-${group.id}`}
          initial={{ name: group.name, slug: group.slug, description: group.description ?? "", image_url: group.image_url ?? "", visibility: group.visibility }}
          submitLabel="Save"
          onSubmit={async (values) => {
            await onSave(group.id, values)
            setOpen(null)
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === "members" && <GroupMembers group={group} onChange={onChange} />}
    </li>
  )
}
