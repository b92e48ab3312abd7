import { model } from "@medusajs/framework/utils"

/**
 * Who did what to what, when and why: written by every moderation action and
 * every change staff make to categories. A member's suspension, restoration,
 * promotion or demotion always has a reason; a category change may not, and
 * says what changed in `details` (e.g. `{ name: { from, to } }`).
 */
export const ModerationLog = model
  .define("community_moderation_log", {
    id: model.id({ prefix: "cmod" }).primaryKey(),
    actor_type: model.enum(["staff", "moderator"]),
    actor_id: model.text(),
    action: model.text(),
    target_type: model.enum(["discussion", "reply", "member", "category", "group"]),
    target_id: model.text(),
    reason: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([
    { on: ["target_type", "target_id"] },
    { on: ["created_at"] },
    // The log screen filters by who acted and by what they did, newest first.
    { on: ["actor_type", "actor_id", "created_at"] },
    { on: ["action", "created_at"] },
  ])
