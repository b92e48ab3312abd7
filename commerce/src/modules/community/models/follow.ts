import { model } from "@medusajs/framework/utils"

export const FOLLOW_TARGETS = ["member", "discussion"] as const
export type FollowTarget = (typeof FOLLOW_TARGETS)[number]

/**
 * A member following another member (their discussions, replies and badges)
 * or a discussion (its replies): the feed's "Following" filter. One row per
 * follower and target (the unique index), so racing follows make one; an
 * unfollow deletes the row.
 */
export const Follow = model
  .define("community_follow", {
    id: model.id({ prefix: "cfol" }).primaryKey(),
    follower_id: model.text(),
    target_type: model.enum([...FOLLOW_TARGETS]),
    target_id: model.text(),
  })
  .indexes([
    { on: ["follower_id", "target_type", "target_id"], unique: true },
    { on: ["target_type", "target_id"] },
  ])
