import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListDiscussions, AdminListMembers, AdminListModerationLog, AdminListReports, AdminModerate } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself.
export const adminCommunityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/community/reports", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListReports, {})] },
  { matcher: "/admin/community/discussions", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListDiscussions, {})] },
  { matcher: "/admin/community/members", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListMembers, {})] },
  { matcher: "/admin/community/moderation-log", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListModerationLog, {})] },
  { matcher: "/admin/community/moderation", methods: ["POST"], middlewares: [validateAndTransformBody(AdminModerate)] },
]
