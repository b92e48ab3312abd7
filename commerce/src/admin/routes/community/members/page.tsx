import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { CommunityNav } from "../../../components/community/community-nav"
import { FieldError } from "../../../components/community/field-error"
import { FilterSelect } from "../../../components/community/filter-select"
import { MemberRow } from "../../../components/community/member-row"
import { Pager } from "../../../components/community/pager"
import { communityApi, queryString, type AdminMember } from "../../../lib/community-api"

const LIMIT = 20
type Filters = { q: string; status: string; role: string }

/** Members: search by name or email, filter by status and role, see what each has done, suspend, restore, promote, demote, award and revoke badges. */
const CommunityMembersPage = () => {
  const [filters, setFilters] = useState<Filters>({ q: "", status: "", role: "" })
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<{ members: AdminMember[]; count: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    setError(null)
    communityApi<{ members: AdminMember[]; count: number }>(`/members${queryString({ ...filters, limit: LIMIT, offset })}`).then(setPage, (e: Error) =>
      setError(e.message)
    )
  }, [filters, offset])
  useEffect(load, [load])

  const filter = (change: Partial<Filters>) => {
    setOffset(0)
    setFilters((f) => ({ ...f, ...change }))
  }
  const submitSearch = (event: FormEvent) => {
    event.preventDefault()
    filter({ q: search.trim() })
  }
  const done = (message: string) => {
    toast.success(message)
    load()
  }

  return (
    <Container className="divide-y p-0">
      <CommunityNav lead="Every member, newest first. Suspending, restoring, promoting, demoting and revoking a badge each need a reason; awarding a badge, a note. All are kept in the log." />
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <form role="search" onSubmit={submitSearch} className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor="member-search">Name or email</Label>
            <Input id="member-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="ada@example.com" />
          </div>
          <Button type="submit" size="small" variant="secondary">
            Search
          </Button>
        </form>
        <FilterSelect
          id="member-status"
          label="Status"
          value={filters.status}
          options={[{ value: "active", label: "Active" }, { value: "suspended", label: "Suspended" }]}
          onChange={(status) => filter({ status })}
        />
        <FilterSelect
          id="member-role"
          label="Role"
          value={filters.role}
          options={[{ value: "member", label: "Member" }, { value: "moderator", label: "Moderator" }]}
          onChange={(role) => filter({ role })}
        />
      </div>
      {error && (
        <div className="px-6 py-3">
          <FieldError message={error} />
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Member</Table.HeaderCell>
            <Table.HeaderCell>Standing</Table.HeaderCell>
            <Table.HeaderCell>Activity</Table.HeaderCell>
            <Table.HeaderCell>Badges</Table.HeaderCell>
            <Table.HeaderCell>Last active</Table.HeaderCell>
            <Table.HeaderCell>Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(page?.members ?? []).map((m) => (
            <MemberRow key={m.id} member={m} onDone={done} />
          ))}
        </Table.Body>
      </Table>
      {page && !page.members.length && <Text className="px-6 py-4 text-ui-fg-subtle">No member matches.</Text>}
      {page && <Pager count={page.count} limit={LIMIT} offset={offset} onOffset={setOffset} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Members" })

export default CommunityMembersPage
