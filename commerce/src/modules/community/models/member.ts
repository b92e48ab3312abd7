import { model } from "@medusajs/framework/utils"
import { Discussion } from "./discussion"
import { Reply } from "./reply"

/** A customer's public face in the community: one per customer. */
export const Member = model
  .define("community_member", {
    id: model.id({ prefix: "cmem" }).primaryKey(),
    customer_id: model.text(),
    display_name: model.text().searchable(),
    bio: model.text().nullable(),
    avatar_url: model.text().nullable(),
    role: model.enum(["member", "moderator"]).default("member"),
    status: model.enum(["active", "suspended"]).default("active"),
    joined_at: model.dateTime(),
    notify_on_reply: model.boolean().default(true),
    /** How the member hears about each notification kind, e.g. `{ "mention": "email" }`; a kind not named takes its default. */
    notification_preferences: model.json().nullable(),
    discussions: model.hasMany(() => Discussion, { mappedBy: "author" }),
    replies: model.hasMany(() => Reply, { mappedBy: "author" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
