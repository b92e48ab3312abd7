import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitAvatarUploads, limitCommunityFollows, limitCommunityPosts } from "../../../lib/rate-limit/community-limits"
import { storeCommunityGroupMiddlewares } from "./groups/middlewares"
import { storeCommunityNotificationMiddlewares } from "./notifications/middlewares"
import {
  StoreCreateDiscussion,
  StoreCreateReply,
  StoreJoinCommunity,
  StoreListCategories,
  StoreFollow,
  StoreListDiscussions,
  StoreListFeed,
  StoreListFollows,
  StoreListMembers,
  StoreListReplies,
  StoreModerate,
  StoreReact,
  StoreReport,
  StoreUpdateDiscussion,
  StoreUpdateMember,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
// Reading is public; a signed-in moderator also sees hidden posts.
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeCommunityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/community/categories", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListCategories, {})] },
  { matcher: "/store/community/discussions", methods: ["GET"], middlewares: [maybeCustomer, validateAndTransformQuery(StoreListDiscussions, {})] },
  {
    matcher: "/store/community/discussions",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreCreateDiscussion), limitCommunityPosts],
  },
  { matcher: "/store/community/discussions/:id", methods: ["GET"], middlewares: [maybeCustomer, validateAndTransformQuery(StoreListReplies, {})] },
  { matcher: "/store/community/discussions/:id", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreUpdateDiscussion)] },
  { matcher: "/store/community/discussions/:id", methods: ["DELETE"], middlewares: [customer] },
  {
    matcher: "/store/community/discussions/:id/replies",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreCreateReply), limitCommunityPosts],
  },
  { matcher: "/store/community/replies/:id", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreCreateReply)] },
  { matcher: "/store/community/replies/:id", methods: ["DELETE"], middlewares: [customer] },
  { matcher: "/store/community/reactions", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreReact)] },
  { matcher: "/store/community/reports", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreReport)] },
  { matcher: "/store/community/moderation", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreModerate)] },
  { matcher: "/store/community/members", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreJoinCommunity)] },
  { matcher: "/store/community/members/me", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/community/members/me", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreUpdateMember)] },
  { matcher: "/store/community/members/me/activity", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/community/members/:id", methods: ["GET"], middlewares: [maybeCustomer] },
  ...storeCommunityGroupMiddlewares,
  // The directory lists a private group's members to that group's members only: it needs to know who asks.
  { matcher: "/store/community/members", methods: ["GET"], middlewares: [maybeCustomer, validateAndTransformQuery(StoreListMembers, {})] },
  // Public content for visitors; per reader when signed in.
  { matcher: "/store/community/feed", methods: ["GET"], middlewares: [maybeCustomer, validateAndTransformQuery(StoreListFeed, {})] },
  { matcher: "/store/community/follows", methods: ["GET"], middlewares: [customer, validateAndTransformQuery(StoreListFollows, {})] },
  {
    matcher: "/store/community/follows",
    methods: ["POST", "DELETE"],
    middlewares: [customer, validateAndTransformBody(StoreFollow), limitCommunityFollows],
  },
  // The body is a multipart form the route reads itself, capped at COMMUNITY_AVATAR_MAX_BYTES.
  { matcher: "/store/community/members/me/avatar", methods: ["POST"], bodyParser: false, middlewares: [customer, limitAvatarUploads] },
  { matcher: "/store/community/members/me/avatar", methods: ["DELETE"], middlewares: [customer] },
  ...storeCommunityNotificationMiddlewares,
]
