import { model } from "@medusajs/framework/utils"

export const Report = model
  .define("community_report", {
    id: model.id({ prefix: "crpt" }).primaryKey(),
    target_type: model.enum(["discussion", "reply"]),
    target_id: model.text(),
    reporter_id: model.text(),
    reason: model.text(),
    status: model.enum(["open", "resolved", "dismissed"]).default("open"),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["status", "created_at"] },
    // A member reports a given post once while it is open.
    { on: ["reporter_id", "target_type", "target_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
  ])
