import { model } from "@medusajs/framework/utils"
import { Discussion } from "./discussion"
import { Member } from "./member"

export const Reply = model
  .define("community_reply", {
    id: model.id({ prefix: "crep" }).primaryKey(),
    body: model.text().searchable(),
    body_html: model.text(),
    visibility: model.enum(["visible", "hidden"]).default("visible"),
    /** The client's Idempotency-Key, or a hash of the body: a double submit is stored once. */
    dedupe_key: model.text(),
    discussion: model.belongsTo(() => Discussion, { mappedBy: "replies" }),
    author: model.belongsTo(() => Member, { mappedBy: "replies" }),
  })
  .indexes([
    { on: ["author_id", "dedupe_key"], unique: true },
    { on: ["discussion_id", "visibility", "created_at"] },
    // The feed: a followed member's replies newest first, and the threads a member took part in (read from
    // the index alone, without visiting each reply).
    { on: ["author_id", "created_at", "discussion_id"] },
  ])
