import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Select, Skeleton, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { STORE_TIME_ZONE } from "../../components/insights/format"
import { FindingsTable } from "../../components/reconciliation/findings-table"
import { RunsTable } from "../../components/reconciliation/runs-table"
import { reconciliationApi, type ReconciliationFinding, type ReconciliationRun } from "../../lib/reconciliation-api"

const PERIODS = { "1": "Last 24 hours", "7": "Last 7 days", "30": "Last 30 days" } as const
type Days = keyof typeof PERIODS
type RunWithFindings = ReconciliationRun & { findings: ReconciliationFinding[] }

/** The gateways' transactions (Paystack's, Flutterwave's) against the shop's orders: past runs, their findings, and "Run now". */
const ReconciliationPage = () => {
  const [params, setParams] = useSearchParams()
  const [runs, setRuns] = useState<ReconciliationRun[] | null>(null)
  const [detail, setDetail] = useState<RunWithFindings | null>(null)
  const [days, setDays] = useState<Days>("1")
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [detailError, setDetailError] = useState<string | null>(null)
  const selected = params.get("run") ?? runs?.[0]?.id

  const loadRuns = useCallback(() => {
    reconciliationApi<{ runs: ReconciliationRun[] }>("/runs?limit=30").then(
      (d) => setRuns(d.runs),
      (e: Error) => setError(`The past runs could not be loaded. ${e.message}`)
    )
  }, [])
  useEffect(loadRuns, [loadRuns])
  useEffect(() => {
    setDetail(null)
    setDetailError(null)
    if (!selected) return
    let current = true
    reconciliationApi<{ run: RunWithFindings }>(`/runs/${encodeURIComponent(selected)}`).then(
      (d) => current && setDetail(d.run),
      (e: Error) => current && setDetailError(`This run's findings could not be loaded. ${e.message}`)
    )
    return () => {
      current = false
    }
  }, [selected])

  const runNow = async () => {
    setError(null)
    setRunning(true)
    try {
      const from = new Date(Date.now() - Number(days) * 86_400_000).toISOString()
      const { run } = await reconciliationApi<{ run: ReconciliationRun }>("/runs", { method: "POST", body: { from } })
      setParams({ run: run.id })
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setRunning(false)
      loadRuns()
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="reconciliation-page">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="max-w-2xl">
          <Heading level="h1">Payments reconciliation</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every day, and whenever you press Run now, the transactions and refunds at Paystack and Flutterwave are compared with the shop's orders: money
            taken with no order, orders without a successful payment, amounts that differ and refunds that differ. Differences are
            emailed to staff. Times are in {STORE_TIME_ZONE}.
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-2 whitespace-nowrap">
          <Select value={days} onValueChange={(v) => setDays(v as Days)}>
            <Select.Trigger aria-label="Period to check">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(PERIODS).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Button onClick={runNow} isLoading={running} disabled={running}>
            Run now
          </Button>
        </div>
      </div>
      {error && (
        <div className="px-6 py-3">
          <Alert variant="error" dismissible>
            {error}
          </Alert>
        </div>
      )}
      {!runs && !error && <Skeleton className="h-32 w-full" />}
      {runs && runs.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No run yet: the daily one has not happened, and nobody has pressed Run now.</Text>
      )}
      {runs && runs.length > 0 && <RunsTable runs={runs} selected={selected} onSelect={(id) => setParams({ run: id })} />}
      {detailError && (
        <div className="px-6 py-3">
          <Alert variant="error">{detailError}</Alert>
        </div>
      )}
      {detail?.status === "failed" && (
        <div className="px-6 py-3">
          <Alert variant="error">This run did not finish: {detail.error ?? "no reason was recorded"}. Nothing was compared; run it again once that is fixed.</Alert>
        </div>
      )}
      {detail?.status === "running" && (
        <Text className="px-6 py-4 text-ui-fg-subtle">This run is still going. Its findings appear here when it finishes (reload the page).</Text>
      )}
      {detail?.status === "completed" && <FindingsTable findings={detail.findings} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reconciliation", icon: ArrowPath })

export default ReconciliationPage
