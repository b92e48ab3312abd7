import { Button, Input, Label, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import type { PeriodChoice, PeriodName } from "../../lib/insights-api"
import { lagosToday } from "./format"

const PERIODS: { name: PeriodName; label: string }[] = [
  { name: "today", label: "Today" },
  { name: "7d", label: "7 days" },
  { name: "30d", label: "30 days" },
  { name: "year", label: "This year" },
  { name: "custom", label: "Custom" },
]

/** The period buttons, and for a custom period its two dates (Lagos days, both included). */
export const PeriodPicker = ({ choice, onChange }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void }) => {
  const [custom, setCustom] = useState(choice.period === "custom")
  const [from, setFrom] = useState(choice.from ?? lagosToday())
  const [to, setTo] = useState(choice.to ?? lagosToday())
  const active = custom ? "custom" : choice.period
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div role="group" aria-label="Period" className="flex flex-wrap gap-1">
        {PERIODS.map((p) => (
          <Button
            key={p.name}
            size="small"
            variant={active === p.name ? "primary" : "secondary"}
            aria-pressed={active === p.name}
            onClick={() => (p.name === "custom" ? setCustom(true) : (setCustom(false), onChange({ period: p.name })))}
          >
            {p.label}
          </Button>
        ))}
      </div>
      {custom && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            onChange({ period: "custom", from, to })
          }}
        >
          <div>
            <Label htmlFor="insights-from" size="xsmall">From</Label>
            <Input id="insights-from" type="date" size="small" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <Label htmlFor="insights-to" size="xsmall">To</Label>
            <Input id="insights-to" type="date" size="small" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
          </div>
          <Button size="small" type="submit">Show</Button>
        </form>
      )}
    </div>
  )
}

/** One tab per store currency: amounts in naira and dollars are never added together. */
export const CurrencyTabs = ({ currencies, value, onChange }: { currencies: string[]; value: string; onChange: (currency: string) => void }) => (
  <div className="flex items-center gap-2">
    <Text size="small" className="text-ui-fg-subtle">Currency</Text>
    <Tabs value={value} onValueChange={onChange}>
      <Tabs.List>
        {currencies.map((c) => (
          <Tabs.Trigger key={c} value={c}>{c.toUpperCase()}</Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  </div>
)
