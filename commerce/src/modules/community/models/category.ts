import { model } from "@medusajs/framework/utils"
import { Discussion } from "./discussion"

export const Category = model
  .define("community_category", {
    id: model.id({ prefix: "ccat" }).primaryKey(),
    name: model.text(),
    slug: model.text(),
    description: model.text().nullable(),
    rank: model.number().default(0),
    /** Set when staff archive it: no new discussions, gone from the lists; its discussions stay readable. */
    archived_at: model.dateTime().nullable(),
    discussions: model.hasMany(() => Discussion, { mappedBy: "category" }),
  })
  .indexes([{ on: ["slug"], unique: true, where: "deleted_at IS NULL" }])
