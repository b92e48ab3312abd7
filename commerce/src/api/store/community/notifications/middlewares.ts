import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListNotifications, StoreUpdateNotificationPreferences } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** A member's own notifications and settings: signed in, always. */
export const storeCommunityNotificationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/community/notifications", methods: ["GET"], middlewares: [customer, validateAndTransformQuery(StoreListNotifications, {})] },
  { matcher: "/store/community/notifications/unread-count", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/community/notifications/read-all", methods: ["POST"], middlewares: [customer] },
  { matcher: "/store/community/notifications/:id/read", methods: ["POST"], middlewares: [customer] },
  { matcher: "/store/community/notifications/preferences", methods: ["GET"], middlewares: [customer] },
  {
    matcher: "/store/community/notifications/preferences",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreUpdateNotificationPreferences)],
  },
]
