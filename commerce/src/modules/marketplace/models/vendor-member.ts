import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/**
 * A person who signs in for a vendor (the `vendor` actor: the auth identity's
 * app_metadata.vendor_id is this row's id). Invited first (a one-time link
 * whose SHA-256 is kept here), a member once they accept it with their own
 * sign-in. The owner is the applicant; only the owner invites.
 */
export const VendorMember = model
  .define("vendor_member", {
    id: model.id({ prefix: "vmem" }).primaryKey(),
    email: model.text(),
    role: model.enum(["owner", "member"]).default("member"),
    /** The auth identity that signs in as this member; null until the invitation is accepted. */
    auth_identity_id: model.text().nullable(),
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    invited_by: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
  })
  .indexes([
    { on: ["vendor_id", "email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["auth_identity_id"], unique: true, where: "auth_identity_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["invite_token_hash"], unique: true, where: "invite_token_hash IS NOT NULL AND deleted_at IS NULL" },
  ])
