import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { env } from "../env"
import { rateLimit } from "./middleware"
import { createRateLimitStore, type RateLimitStore } from "./store"

let store: RateLimitStore | undefined
const sharedStore = () => (store ??= createRateLimitStore(env.REDIS_URL))

/** Flooding the community: discussions and replies per signed-in customer (their member profile). */
export const limitCommunityPosts = rateLimit(sharedStore, [
  {
    name: "community posts",
    limit: env.COMMUNITY_POST_LIMIT,
    windowMs: env.COMMUNITY_POST_WINDOW_SECONDS * 1000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])

/** Avatar uploads per signed-in customer: each one is decoded and resized, so a script may not loop on it. */
export const limitAvatarUploads = rateLimit(sharedStore, [
  {
    name: "avatar uploads",
    limit: env.COMMUNITY_AVATAR_UPLOADS_PER_HOUR,
    windowMs: 60 * 60_000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])

/** Follows and unfollows per signed-in customer: cheap, but each one is a write a script could loop on. */
export const limitCommunityFollows = rateLimit(sharedStore, [
  {
    name: "community follows",
    limit: env.COMMUNITY_FOLLOWS_PER_HOUR,
    windowMs: 60 * 60_000,
    key: (req) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id || null,
  },
])
