import { Table } from "@medusajs/ui"

/** Previous and next over a paged list (`offset` counted in rows). */
export const Pager = ({ count, limit, offset, onOffset }: { count: number; limit: number; offset: number; onOffset: (offset: number) => void }) => (
  <Table.Pagination
    count={count}
    pageSize={limit}
    pageIndex={Math.floor(offset / limit)}
    pageCount={Math.max(1, Math.ceil(count / limit))}
    canPreviousPage={offset > 0}
    canNextPage={offset + limit < count}
    previousPage={() => onOffset(Math.max(0, offset - limit))}
    nextPage={() => onOffset(offset + limit)}
  />
)
