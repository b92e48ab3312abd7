import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminArchiveGroup, AdminCreateGroup, AdminDecideMembership, AdminInviteToGroup, AdminListGroupMembers, AdminUpdateGroup } from "./validators"

// /admin routes are authenticated for staff users by Medusa itself.
export const adminCommunityGroupMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/community/groups", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateGroup)] },
  { matcher: "/admin/community/groups/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateGroup)] },
  { matcher: "/admin/community/groups/:id/archive", methods: ["POST"], middlewares: [validateAndTransformBody(AdminArchiveGroup)] },
  { matcher: "/admin/community/groups/:id/unarchive", methods: ["POST"], middlewares: [validateAndTransformBody(AdminArchiveGroup)] },
  { matcher: "/admin/community/groups/:id/members", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListGroupMembers, {})] },
  { matcher: "/admin/community/groups/:id/members", methods: ["POST"], middlewares: [validateAndTransformBody(AdminInviteToGroup)] },
  { matcher: "/admin/community/groups/:id/members/:member_id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminDecideMembership)] },
]
