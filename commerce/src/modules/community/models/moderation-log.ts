import { model } from "@medusajs/framework/utils"

/** Who did what to what, and why: written by every moderation action. */
export const ModerationLog = model
  .define("community_moderation_log", {
    id: model.id({ prefix: "cmod" }).primaryKey(),
    actor_type: model.enum(["staff", "moderator"]),
    actor_id: model.text(),
    action: model.text(),
    target_type: model.enum(["discussion", "reply", "member"]),
    target_id: model.text(),
    reason: model.text(),
  })
  .indexes([{ on: ["target_type", "target_id"] }, { on: ["created_at"] }])
