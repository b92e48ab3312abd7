import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreDecideRequest, StoreInviteToGroup } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
// Groups are listed to anyone; a signed-in reader also learns their own place in each.
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeCommunityGroupMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/community/groups", methods: ["GET"], middlewares: [maybeCustomer] },
  { matcher: "/store/community/groups/:id", methods: ["GET"], middlewares: [maybeCustomer] },
  { matcher: "/store/community/groups/:id/membership", methods: ["POST", "DELETE"], middlewares: [customer] },
  { matcher: "/store/community/groups/:id/requests", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/community/groups/:id/requests/:member_id", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreDecideRequest)] },
  { matcher: "/store/community/groups/:id/invitations", methods: ["POST"], middlewares: [customer, validateAndTransformBody(StoreInviteToGroup)] },
  { matcher: "/store/community/members/me/groups", methods: ["GET"], middlewares: [customer] },
]
