import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminInsightsAudienceParams,
  AdminInsightsExportParams,
  AdminInsightsLearningParams,
  AdminInsightsOverviewParams,
} from "./validators"

// /admin routes are for signed-in staff only: Medusa authenticates them itself
// (a customer's token or no token is a 401 before any of these run).
export const adminInsightsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/insights/overview", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminInsightsOverviewParams, {})] },
  { matcher: "/admin/insights/learning", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminInsightsLearningParams, {})] },
  { matcher: "/admin/insights/audience", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminInsightsAudienceParams, {})] },
  { matcher: "/admin/insights/exports/*", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminInsightsExportParams, {})] },
]
