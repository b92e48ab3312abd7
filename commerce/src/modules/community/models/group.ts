import { model } from "@medusajs/framework/utils"

export const GROUP_VISIBILITIES = ["public", "private"] as const
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number]

/**
 * An interest group staff create. Anyone may join a public one; a private one
 * takes members by request (approved by staff or one of its moderators) or by
 * invitation, and only its members read and post in it. Archived: no joining
 * and no new discussions; members keep reading.
 */
export const Group = model
  .define("community_group", {
    id: model.id({ prefix: "cgrp" }).primaryKey(),
    name: model.text().searchable(),
    slug: model.text(),
    /** Staff's Markdown, and the sanitised HTML readers get. */
    description: model.text().nullable(),
    description_html: model.text().nullable(),
    image_url: model.text().nullable(),
    visibility: model.enum([...GROUP_VISIBILITIES]).default("public"),
    archived_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["slug"], unique: true, where: "deleted_at IS NULL" }])
