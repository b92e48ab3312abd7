import { useEffect, useState } from "react"
import { insightsApi } from "../../lib/insights-api"

/** Loads one insights resource whenever its query changes; a late answer to an older query is dropped. */
export function useInsight<T>(path: string, query: string) {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true })
  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true, error: null }))
    insightsApi<T>(path, query).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (e: Error) => current && setState((s) => ({ ...s, error: e.message, loading: false }))
    )
    return () => {
      current = false
    }
  }, [path, query])
  return state
}
