import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { env } from "../../lib/env"
import { adminUrl } from "../staff-alerts/admin-url"

type VendorRef = { id: string; name: string; contact_email: string }

/** Where an invited person accepts (the storefront's vendor sign-up page), carrying the one-time token. */
export const vendorJoinUrl = (token: string) => `${env.STOREFRONT_PUBLIC_URL}/vendor/join?token=${encodeURIComponent(token)}`

/** The staff's copy and the applicant's receipt of a new application. */
export const applicationEmails = ({ vendor, recipients }: { vendor: VendorRef; recipients: string[] }): CreateNotificationDTO[] => [
  ...recipients.map((to) => ({
    to,
    channel: "email",
    template: "vendor-application",
    idempotency_key: `vendor-application:${vendor.id}:${to}`,
    resource_id: vendor.id,
    resource_type: "vendor",
    data: { vendor_name: vendor.name, contact_email: vendor.contact_email, review_url: adminUrl("/vendors") },
  })),
  {
    to: vendor.contact_email,
    channel: "email",
    template: "vendor-application-received",
    idempotency_key: `vendor-application-received:${vendor.id}`,
    resource_id: vendor.id,
    resource_type: "vendor",
    data: { vendor_name: vendor.name },
  },
]

/** The vendor's news of a decision; an approval that invites the owner carries the one-time link. */
export const decisionEmail = (input: {
  vendor: VendorRef
  decision: "approved" | "rejected" | "suspended"
  reason: string | null
  event_id: string
  join_token: string | null
}): CreateNotificationDTO[] => [
  {
    to: input.vendor.contact_email,
    channel: "email",
    template: "vendor-decision",
    idempotency_key: `vendor-decision:${input.event_id}`,
    resource_id: input.vendor.id,
    resource_type: "vendor",
    data: {
      vendor_name: input.vendor.name,
      decision: input.decision,
      reason: input.reason,
      join_url: input.join_token ? vendorJoinUrl(input.join_token) : null,
    },
  },
]

/** A colleague's invitation to sign in for the vendor. */
export const memberInviteEmail = (input: { vendor: VendorRef; email: string; event_id: string; token: string; invited_by: string }): CreateNotificationDTO[] => [
  {
    to: input.email,
    channel: "email",
    template: "vendor-member-invite",
    idempotency_key: `vendor-member-invite:${input.event_id}`,
    resource_id: input.vendor.id,
    resource_type: "vendor",
    data: { vendor_name: input.vendor.name, invited_by: input.invited_by, join_url: vendorJoinUrl(input.token) },
  },
]
