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
    /** The file module's key of an uploaded avatar (null for none, or an avatar given by URL): deleted when replaced. */
    avatar_file_key: model.text().nullable(),
    /** Privacy: which parts of the profile other readers see, and whether the member directory lists them. */
    show_bio: model.boolean().default(true),
    show_badges: model.boolean().default(true),
    show_groups: model.boolean().default(true),
    show_courses: model.boolean().default(false),
    show_posts: model.boolean().default(true),
    hidden_from_directory: model.boolean().default(false),
    /** How the member hears about each notification kind, e.g. `{ "mention": "email" }`; a kind not named takes its default. */
    notification_preferences: model.json().nullable(),
    discussions: model.hasMany(() => Discussion, { mappedBy: "author" }),
    replies: model.hasMany(() => Reply, { mappedBy: "author" }),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    // The member directory's order (by name), over the members it lists; name search uses a trigram index (migration).
    { on: ["display_name", "id"], where: "status = 'active' AND hidden_from_directory = false AND deleted_at IS NULL" },
  ])
