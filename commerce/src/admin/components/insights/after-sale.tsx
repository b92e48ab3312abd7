import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { Overview } from "../../lib/insights-api"
import { formatDateTime, formatMoney, formatNumber, formatPercent } from "./format"
import { Section } from "./section"
import { SimpleTable } from "./tables"

const Figure = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="small" className="text-ui-fg-subtle">{label}</Text>
    <Text size="large" weight="plus" className="tabular-nums">{value}</Text>
  </div>
)

const orderLink = (id: string, displayId: number) => <Link className="text-ui-fg-interactive" to={`/orders/${id}`}>#{displayId}</Link>

/** Refunds with reasons, cancellations, abandoned carts and how many checkouts became orders. */
export const AfterSale = ({ overview }: { overview: Overview }) => {
  const { currency, abandoned_carts: abandoned, checkout_conversion: conversion } = overview
  return (
    <>
      <Section title="Refunds and cancellations" hint="Refunds are counted on the day the money went back">
        <div className="flex flex-col gap-4">
          <div className="flex flex-wrap gap-8">
            {overview.refund_reasons.map((r) => <Figure key={r.reason} label={`${r.reason} (${r.refunds})`} value={formatMoney(r.amount, currency)} />)}
            <Figure label="Cancelled orders" value={formatNumber(overview.figures.cancelled_orders)} />
          </div>
          <SimpleTable
            rows={overview.refunds}
            empty="No refunds in this period."
            rowKey={(r) => `${r.order_id}-${r.refunded_at}`}
            columns={[
              { title: "When", cell: (r) => formatDateTime(r.refunded_at) },
              { title: "Order", cell: (r) => orderLink(r.order_id, r.display_id) },
              { title: "Reason", cell: (r) => [r.reason, r.note].filter(Boolean).join(": ") || "—" },
              { title: "Amount", cell: (r) => formatMoney(r.amount, currency), numeric: true },
            ]}
          />
          <SimpleTable
            rows={overview.cancellations}
            empty="No cancellations in this period."
            rowKey={(c) => c.order_id}
            columns={[
              { title: "Cancelled", cell: (c) => formatDateTime(c.cancelled_at) },
              { title: "Order", cell: (c) => orderLink(c.order_id, c.display_id) },
              { title: "Customer", cell: (c) => c.email ?? "—" },
              { title: "Total", cell: (c) => formatMoney(c.total, currency), numeric: true },
            ]}
          />
        </div>
      </Section>
      <Section title="Carts" hint="Abandoned: items and an email, untouched for 24 hours and not completed">
        <div className="flex flex-col gap-4">
          <div className="flex flex-wrap gap-8">
            <Figure label="Abandoned carts" value={formatNumber(abandoned.count)} />
            <Figure label="Left in them" value={formatMoney(abandoned.value, currency)} />
            <Figure label="Reached payment" value={formatNumber(conversion.reached_payment)} />
            <Figure label="Became orders" value={`${formatNumber(conversion.completed)} (${formatPercent(conversion.rate)})`} />
          </div>
          <SimpleTable
            rows={abandoned.latest}
            empty="No abandoned carts in this period."
            rowKey={(c) => c.cart_id}
            columns={[
              { title: "Started", cell: (c) => formatDateTime(c.created_at) },
              { title: "Email", cell: (c) => c.email },
              { title: "Items", cell: (c) => c.items },
              { title: "Value", cell: (c) => formatMoney(c.value, currency), numeric: true },
            ]}
          />
        </div>
      </Section>
    </>
  )
}
