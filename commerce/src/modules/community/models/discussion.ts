import { model } from "@medusajs/framework/utils"
import { Category } from "./category"
import { Member } from "./member"
import { Reply } from "./reply"

export const Discussion = model
  .define("community_discussion", {
    id: model.id({ prefix: "cdis" }).primaryKey(),
    title: model.text().searchable(),
    body: model.text().searchable(),
    body_html: model.text(),
    pinned: model.boolean().default(false),
    locked: model.boolean().default(false),
    visibility: model.enum(["visible", "hidden"]).default("visible"),
    reply_count: model.number().default(0),
    last_activity_at: model.dateTime(),
    /** The client's Idempotency-Key, or a hash of the body: a double submit is stored once. */
    dedupe_key: model.text(),
    /** The interest group it belongs to, if any: a private group's discussions are for its members only. */
    group_id: model.text().nullable(),
    category: model.belongsTo(() => Category, { mappedBy: "discussions" }),
    author: model.belongsTo(() => Member, { mappedBy: "discussions" }),
    replies: model.hasMany(() => Reply, { mappedBy: "discussion" }),
  })
  .cascades({ delete: ["replies"] })
  .indexes([
    { on: ["author_id", "dedupe_key"], unique: true },
    { on: ["category_id", "visibility", "last_activity_at"] },
    { on: ["visibility", "created_at"] },
    { on: ["group_id", "visibility", "last_activity_at"] },
    // The feed: a followed member's discussions, newest first.
    { on: ["author_id", "created_at"] },
  ])
  .checks([
    { name: "community_discussion_reply_count_non_negative", expression: (c) => `${c.reply_count} >= 0` },
  ])
