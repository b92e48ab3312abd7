import { Button, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { humanMessage } from "../../lib/community-api"
import { FieldError } from "../community/field-error"

type Totals = { vendor_id: string; name: string | null; currency_code: string; sale: number; commission: number; fee: number; refund_clawback: number; adjustment: number; net: number }

/** Kobo → "NGN 5,780.00" (exact: integer division, no float rounding). */
const money = (subunits: number, currency: string) => {
  const sign = subunits < 0 ? "-" : ""
  const abs = Math.abs(subunits)
  return `${sign}${currency.toUpperCase()} ${Math.floor(abs / 100).toLocaleString("en-NG")}.${String(abs % 100).padStart(2, "0")}`
}
const lagosDate = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Lagos" }).format(d)

/**
 * Each vendor's ledger totals for a period (sales, commission, fees,
 * clawbacks, adjustments, net), and "Record payout": a statement of what
 * Paystack settled to the vendor for those days (or what it owes back). The
 * amount is commerce's, from the ledger; a period overlapping one already
 * recorded is refused with the payout it overlaps.
 */
export const VendorPayoutsPanel = () => {
  const [from, setFrom] = useState(lagosDate(new Date(Date.now() - 30 * 86_400_000)))
  const [to, setTo] = useState(lagosDate(new Date(Date.now() - 86_400_000)))
  const [reference, setReference] = useState("")
  const [totals, setTotals] = useState<Totals[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    setError(null)
    try {
      setTotals((await adminApi<{ vendors: Totals[] }>(`/admin/marketplace/ledger?${new URLSearchParams({ from, to })}`)).vendors)
    } catch (e) {
      setError(humanMessage(e))
    }
  }, [from, to])
  useEffect(() => {
    void load()
  }, [load])

  const record = async (row: Totals) => {
    setError(null)
    setDone(null)
    setBusy(true)
    try {
      const { payout } = await adminApi<{ payout: { id: string; amount: number; status: string } }>("/admin/marketplace/payouts", {
        method: "POST",
        body: { vendor_id: row.vendor_id, from, to, currency: row.currency_code, ...(reference.trim() ? { reference: reference.trim() } : {}) },
      })
      setDone(`Recorded ${payout.id} for ${row.name ?? row.vendor_id}: ${money(payout.amount, row.currency_code)} (${payout.status === "settled" ? "paid by Paystack" : "owed by the vendor"}).`)
      setReference("")
    } catch (e) {
      setError(humanMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="px-6 py-4" data-testid="vendor-payouts-panel">
      <Heading level="h2">Earnings and payouts</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Paystack pays each vendor's share into its subaccount when the buyer pays. A payout records what was settled for a period of days that have ended (or what the vendor owes back after refunds); its amount comes from the ledger.
      </Text>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <Label htmlFor="payout-from">From</Label>
          <Input id="payout-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="payout-to">To</Label>
          <Input id="payout-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="payout-reference">Settlement reference (optional)</Label>
          <Input id="payout-reference" value={reference} onChange={(e) => setReference(e.target.value)} placeholder="Paystack settlement id" />
        </div>
      </div>
      <FieldError message={error} />
      {done && <Text size="small" className="text-ui-fg-interactive" role="status">{done}</Text>}
      <Table className="mt-3">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Vendor</Table.HeaderCell>
            <Table.HeaderCell>Sales</Table.HeaderCell>
            <Table.HeaderCell>Commission</Table.HeaderCell>
            <Table.HeaderCell>Fees</Table.HeaderCell>
            <Table.HeaderCell>Refunds</Table.HeaderCell>
            <Table.HeaderCell>Adjustments</Table.HeaderCell>
            <Table.HeaderCell>Net</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(totals ?? []).map((row) => (
            <Table.Row key={`${row.vendor_id}:${row.currency_code}`} data-testid="vendor-period-totals">
              <Table.Cell>{row.name ?? row.vendor_id}</Table.Cell>
              <Table.Cell>{money(row.sale, row.currency_code)}</Table.Cell>
              <Table.Cell>{money(row.commission, row.currency_code)}</Table.Cell>
              <Table.Cell>{money(row.fee, row.currency_code)}</Table.Cell>
              <Table.Cell>{money(row.refund_clawback, row.currency_code)}</Table.Cell>
              <Table.Cell>{money(row.adjustment, row.currency_code)}</Table.Cell>
              <Table.Cell>{money(row.net, row.currency_code)}</Table.Cell>
              <Table.Cell>
                <Button size="small" variant="secondary" disabled={busy} onClick={() => record(row)}>
                  Record payout
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {totals?.length === 0 && <Text className="py-3 text-ui-fg-subtle">No vendor sales, refunds or adjustments in this period.</Text>}
    </div>
  )
}
