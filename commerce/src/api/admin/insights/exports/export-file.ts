import { localDate, type Period } from "../../../../lib/insights/period"

/** A download's file name: what it holds and the local dates it covers, e.g. orders-ngn-2026-03-01-to-2026-03-30.csv. */
export const exportFileName = (kind: string, period: Period, currency?: string) =>
  `${[kind, currency].filter(Boolean).join("-")}-${localDate(period.from)}-to-${localDate(new Date(period.to.getTime() - 1))}.csv`
