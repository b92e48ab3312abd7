import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FieldError } from "./community/field-error"
import { FilterSelect } from "./community/filter-select"
import { Pager } from "./community/pager"

type StatusList = { status: string; setStatus: (value: string) => void; offset: number; setOffset: (offset: number) => void; error: string | null }

/**
 * The frame of a staff list filtered by status and paged (vendors, vendors'
 * products, disputes, reviews): a heading with what staff decide there, the
 * status filter, the error, a table of rows with a status and a decision
 * column, the empty message and the pager. `list` is `useStatusPage`'s state.
 */
export function StatusListPage<Row>({
  title,
  lead,
  filterId,
  statusOptions,
  list,
  rows,
  count,
  limit,
  itemHeading,
  actionHeading = "Decision",
  renderRow,
  emptyText,
  children,
}: {
  title: string
  lead: string
  filterId: string
  statusOptions: { value: string; label: string }[]
  list: StatusList
  rows: Row[] | undefined
  count: number | undefined
  limit: number
  itemHeading: string
  actionHeading?: string
  renderRow: (row: Row) => ReactNode
  emptyText: string
  children?: ReactNode
}) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{lead}</Text>
        </div>
        <FilterSelect id={filterId} label="Status" value={list.status} options={statusOptions} onChange={list.setStatus} />
      </div>
      {list.error && <div className="px-6 py-3"><FieldError message={list.error} /></div>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{itemHeading}</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>{actionHeading}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>{(rows ?? []).map(renderRow)}</Table.Body>
      </Table>
      {rows?.length === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">{emptyText}</Text>}
      {count !== undefined && count > limit && <Pager count={count} limit={limit} offset={list.offset} onOffset={list.setOffset} />}
      {children}
    </Container>
  )
}
