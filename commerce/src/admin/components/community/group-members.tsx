import { Badge, Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { communityApi, queryString, type AdminMember } from "../../lib/community-api"
import type { AdminGroup, AdminGroupMembership } from "../../lib/community-groups-api"
import { FieldError } from "./field-error"

const STATUS = { active: "Member", requested: "Asked to join", invited: "Invited" } as const

/** One group's people: requests to approve or decline, members to remove or make the group's moderators, and inviting a member found by name or email. */
export const GroupMembers = ({ group, onChange }: { group: AdminGroup; onChange: () => void }) => {
  const [rows, setRows] = useState<AdminGroupMembership[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [search, setSearch] = useState("")
  const [found, setFound] = useState<AdminMember[] | null>(null)
  const load = useCallback(() => {
    communityApi<{ memberships: AdminGroupMembership[] }>(`/groups/${group.id}/members?limit=100`).then((d) => setRows(d.memberships), (e: Error) => setError(e.message))
  }, [group.id])
  useEffect(load, [load])

  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null)
    try {
      await work()
      toast.success(done)
      load()
      onChange()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const decide = (m: AdminGroupMembership, action: string, done: string) =>
    run(() => communityApi(`/groups/${group.id}/members/${m.member!.id}`, { method: "POST", body: { action } }), done)
  const invite = (member: AdminMember) =>
    run(() => communityApi(`/groups/${group.id}/members`, { method: "POST", body: { member_id: member.id } }), `${member.display_name} invited`)
  const find = async (event: FormEvent) => {
    event.preventDefault()
    if (!search.trim()) return
    try {
      setFound((await communityApi<{ members: AdminMember[] }>(`/members${queryString({ q: search.trim(), limit: 10 })}`)).members)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-3 rounded-md bg-ui-bg-subtle p-3" data-testid="group-members">
      <FieldError message={error} />
      {rows && !rows.length && <Text size="small" className="text-ui-fg-subtle">No members, requests or invitations yet.</Text>}
      <ul className="divide-y">
        {rows?.map((m) => {
          const name = m.member?.display_name ?? "A former member"
          return (
            <li key={m.id} className="flex flex-wrap items-center gap-2 py-2">
              <Text size="small" weight="plus" className="min-w-0 flex-1">
                {name}{" "}
                <Badge size="2xsmall" color={m.status === "requested" ? "orange" : "grey"}>
                  {STATUS[m.status]}
                </Badge>{" "}
                {m.role === "moderator" && (
                  <Badge size="2xsmall" color="blue">
                    Group moderator
                  </Badge>
                )}
              </Text>
              {m.member && m.status === "requested" && (
                <>
                  <Button size="small" onClick={() => decide(m, "approve", `${name} approved`)}>
                    Approve
                  </Button>
                  <Button size="small" variant="secondary" onClick={() => decide(m, "decline", `${name} declined`)}>
                    Decline
                  </Button>
                </>
              )}
              {m.member && m.status === "active" && (
                <Button size="small" variant="secondary" onClick={() => decide(m, m.role === "moderator" ? "demote" : "promote", `${name} updated`)}>
                  {m.role === "moderator" ? "Stop moderating" : "Make group moderator"}
                </Button>
              )}
              {m.member && m.status !== "requested" && (
                <Button size="small" variant="secondary" onClick={() => decide(m, "remove", `${name} removed`)}>
                  {m.status === "invited" ? "Cancel invitation" : "Remove"}
                </Button>
              )}
            </li>
          )
        })}
      </ul>
      {!group.archived_at && (
        <form role="search" onSubmit={find} className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor={`invite-${group.id}`}>Invite a member (name or email)</Label>
            <Input id={`invite-${group.id}`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <Button type="submit" size="small" variant="secondary">
            Find
          </Button>
        </form>
      )}
      {found && (
        <ul className="flex flex-col gap-1">
          {!found.length && <Text size="small" className="text-ui-fg-subtle">No member matches.</Text>}
          {found.map((m) => (
            <li key={m.id} className="flex items-center gap-2">
              <Text size="small" className="flex-1">
                {m.display_name} {m.email ? `· ${m.email}` : ""} {m.status === "suspended" ? "· suspended" : ""}
              </Text>
              <Button size="small" variant="secondary" disabled={m.status === "suspended"} onClick={() => invite(m)}>
                Invite
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
