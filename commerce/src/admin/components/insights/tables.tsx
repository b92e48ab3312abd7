import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Nothing } from "./section"

export type Column<Row> = { title: string; cell: (row: Row) => ReactNode; numeric?: boolean }

/** A plain table of rows, with numbers right-aligned, or a sentence when there are none. */
export function SimpleTable<Row>({ rows, columns, rowKey, empty, testId }: { rows: Row[]; columns: Column<Row>[]; rowKey: (row: Row) => string; empty?: string; testId?: string }) {
  if (!rows.length) return <Nothing>{empty}</Nothing>
  return (
    <Table data-testid={testId}>
      <Table.Header>
        <Table.Row>
          {columns.map((c) => (
            <Table.HeaderCell key={c.title} className={c.numeric ? "text-right" : undefined}>{c.title}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={rowKey(row)}>
            {columns.map((c) => (
              <Table.Cell key={c.title} className={c.numeric ? "text-right tabular-nums" : undefined}>{c.cell(row)}</Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
