import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CommunityNav } from "../../../components/community/community-nav"
import { FieldError } from "../../../components/community/field-error"
import { FilterSelect } from "../../../components/community/filter-select"
import { ACTION_LABELS, LogEntryRow } from "../../../components/community/log-entry-row"
import { Pager } from "../../../components/community/pager"
import { communityApi, queryString, type LogActor, type LogEntry } from "../../../lib/community-api"

const LIMIT = 25
const TARGETS = [
  { value: "member", label: "Members" },
  { value: "discussion", label: "Discussions" },
  { value: "reply", label: "Replies" },
  { value: "category", label: "Categories" },
]

/** The moderation log: every action by staff and moderators, newest first, filtered by who, what and on what. */
const ModerationLogPage = () => {
  const [actors, setActors] = useState<LogActor[]>([])
  const [filters, setFilters] = useState({ actor: "", action: "", target_type: "" })
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<{ entries: LogEntry[]; count: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    communityApi<{ actors: LogActor[] }>("/moderation-log/actors").then((d) => setActors(d.actors), (e: Error) => setError(e.message))
  }, [])
  useEffect(() => {
    const [actor_type, actor_id] = filters.actor ? filters.actor.split(":") : []
    const query = queryString({ actor_type, actor_id, action: filters.action, target_type: filters.target_type, limit: LIMIT, offset })
    communityApi<{ entries: LogEntry[]; count: number }>(`/moderation-log${query}`).then(setPage, (e: Error) => setError(e.message))
  }, [filters, offset])

  const filter = (change: Partial<typeof filters>) => {
    setOffset(0)
    setFilters((f) => ({ ...f, ...change }))
  }
  const actorOptions = actors.map((a) => ({
    value: `${a.type}:${a.id}`,
    label: `${a.name ?? a.id} (${a.type === "staff" ? "staff" : "moderator"}, ${a.actions})`,
  }))

  return (
    <Container className="divide-y p-0">
      <CommunityNav lead="Who did what, to what, when and why: moderation by staff and moderators, and every change to categories." />
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <FilterSelect id="log-actor" label="Who" value={filters.actor} options={actorOptions} onChange={(actor) => filter({ actor })} />
        <FilterSelect
          id="log-action"
          label="Action"
          value={filters.action}
          options={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(action) => filter({ action })}
        />
        <FilterSelect id="log-target" label="On" value={filters.target_type} options={TARGETS} onChange={(target_type) => filter({ target_type })} />
      </div>
      {error && (
        <div className="px-6 py-3">
          <FieldError message={error} />
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Who</Table.HeaderCell>
            <Table.HeaderCell>Action</Table.HeaderCell>
            <Table.HeaderCell>On</Table.HeaderCell>
            <Table.HeaderCell>Reason and change</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(page?.entries ?? []).map((entry) => (
            <LogEntryRow key={entry.id} entry={entry} />
          ))}
        </Table.Body>
      </Table>
      {page && !page.entries.length && <Text className="px-6 py-4 text-ui-fg-subtle">Nothing logged matches.</Text>}
      {page && <Pager count={page.count} limit={LIMIT} offset={offset} onOffset={setOffset} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Moderation log" })

export default ModerationLogPage
