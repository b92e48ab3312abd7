import { useCallback, useEffect, useState } from "react"
import { queryString } from "./community-api"

/**
 * A staff list filtered by status and paged by offset (vendors, vendors'
 * product changes, reviews): the page shown, the error to show, and `load`
 * to refresh after a decision. Changing the status goes back to the first page.
 */
export function useStatusPage<Page>(fetchPage: (query: string) => Promise<Page>, initialStatus: string, limit: number) {
  const [status, setStatusState] = useState(initialStatus)
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<Page | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    fetchPage(queryString({ status, limit, offset })).then(setPage, (e: Error) => setError(e.message))
    // fetchPage is a module-level API function: the list depends on the filter and the page only.
  }, [status, offset, limit])
  useEffect(load, [load])
  const setStatus = (value: string) => {
    setStatusState(value)
    setOffset(0)
  }
  return { status, setStatus, offset, setOffset, page, error, load }
}
