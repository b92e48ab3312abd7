import { model } from "@medusajs/framework/utils"

/** One reaction per member and target; reacting again changes its kind. */
export const Reaction = model
  .define("community_reaction", {
    id: model.id({ prefix: "crea" }).primaryKey(),
    member_id: model.text(),
    target_type: model.enum(["discussion", "reply"]),
    target_id: model.text(),
    kind: model.enum(["like", "insightful", "thanks"]).default("like"),
  })
  .indexes([
    { on: ["member_id", "target_type", "target_id"], unique: true },
    { on: ["target_type", "target_id"] },
  ])
