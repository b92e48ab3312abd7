import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminArchiveCategory,
  AdminAwardBadge,
  AdminCreateCategory,
  AdminListDiscussions,
  AdminListMembers,
  AdminListModerationLog,
  AdminListReports,
  AdminModerate,
  AdminMoveCategory,
  AdminRevokeBadge,
  AdminUpdateCategory,
} from "./validators"
import { adminCommunityGroupMiddlewares } from "./groups/middlewares"

// /admin routes are authenticated for staff users by Medusa itself (a customer's token is a 401).
export const adminCommunityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/community/reports", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReports, {})] },
  { matcher: "/admin/community/discussions", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListDiscussions, {})] },
  { matcher: "/admin/community/members", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListMembers, {})] },
  { matcher: "/admin/community/moderation-log", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListModerationLog, {})] },
  { matcher: "/admin/community/moderation", methods: ["POST"], middlewares: [validateAndTransformBody(AdminModerate)] },
  { matcher: "/admin/community/categories", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCategory)] },
  { matcher: "/admin/community/categories/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCategory)] },
  { matcher: "/admin/community/categories/:id/archive", methods: ["POST"], middlewares: [validateAndTransformBody(AdminArchiveCategory)] },
  { matcher: "/admin/community/categories/:id/unarchive", methods: ["POST"], middlewares: [validateAndTransformBody(AdminArchiveCategory)] },
  { matcher: "/admin/community/members/:id/badges", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAwardBadge)] },
  { matcher: "/admin/community/members/:id/badges/:badge_id/revoke", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRevokeBadge)] },
  { matcher: "/admin/community/categories/:id/move", methods: ["POST"], middlewares: [validateAndTransformBody(AdminMoveCategory)] },
  ...adminCommunityGroupMiddlewares,
]
