import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { env } from "../../../lib/env"
import { adminUrl } from "../../staff-alerts/admin-url"
import type { DisputeParties } from "./steps/dispute-parties"

export type DisputeStep = "opened" | "vendor_answered" | "staff_decided" | "chargeback_opened" | "chargeback_resolved"
type Audience = "buyer" | "vendor" | "staff"

/** Who hears of each step: a chargeback is between the shop and Paystack, so the buyer is not written to about it. */
const AUDIENCES: Record<DisputeStep, Audience[]> = {
  opened: ["buyer", "vendor", "staff"],
  vendor_answered: ["buyer", "vendor", "staff"],
  staff_decided: ["buyer", "vendor", "staff"],
  chargeback_opened: ["vendor", "staff"],
  chargeback_resolved: ["staff"],
}

/** Where each party follows the dispute: the buyer's order page, the vendor portal's disputes, the admin's. */
const linkFor = (audience: Audience, parties: DisputeParties) =>
  audience === "buyer"
    ? `${env.STOREFRONT_PUBLIC_URL}/${encodeURIComponent(parties.country_code)}/account/orders/${encodeURIComponent(parties.dispute.order_id)}`
    : audience === "vendor"
      ? `${env.STOREFRONT_PUBLIC_URL}/vendor/disputes`
      : adminUrl(`/disputes?id=${parties.dispute.id}`)

/**
 * The emails of one step of a dispute, one per party (the buyer, the line's
 * vendor's owner, each staff recipient), each once per log entry.
 */
export function disputeEmails(input: {
  parties: DisputeParties
  staff: string[]
  step: DisputeStep
  event_id: string
  message?: string | null
  amount?: number | null
}): CreateNotificationDTO[] {
  const { parties } = input
  const recipients: [Audience, string][] = []
  for (const audience of AUDIENCES[input.step]) {
    if (audience === "buyer" && parties.dispute.email) recipients.push(["buyer", parties.dispute.email])
    if (audience === "vendor" && parties.vendor_email) recipients.push(["vendor", parties.vendor_email])
    if (audience === "staff") for (const to of input.staff) recipients.push(["staff", to])
  }
  const seen = new Set<string>()
  return recipients
    .filter(([, to]) => !seen.has(to) && !!seen.add(to))
    .map(([audience, to]) => ({
      to,
      channel: "email",
      template: "marketplace-dispute",
      idempotency_key: `marketplace-dispute:${input.event_id}:${to}`,
      resource_id: parties.dispute.id,
      resource_type: "dispute",
      data: {
        audience,
        step: input.step,
        order_display_id: parties.order_display_id,
        line_title: parties.line_title,
        reason: parties.dispute.reason,
        status: parties.dispute.status,
        message: input.message ?? null,
        amount: input.amount ?? null,
        currency_code: parties.dispute.currency_code,
        url: linkFor(audience, parties),
      },
    }))
}
