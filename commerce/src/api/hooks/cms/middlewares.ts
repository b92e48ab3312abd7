import { createHash, timingSafeEqual } from "node:crypto"
import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"
import { HooksCmsEventAttended } from "./event-attended/validators"
import { HooksCmsRevalidate } from "./revalidate/validators"

const digest = (value: string) => createHash("sha256").update(value).digest()

/** The cms signs its calls with the REVALIDATE_SECRET all three apps share (header x-revalidate-secret). */
export function requireRevalidateSecret(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const given = req.headers["x-revalidate-secret"]
  if (typeof given !== "string" || !timingSafeEqual(digest(given), digest(env.REVALIDATE_SECRET))) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "A valid x-revalidate-secret header is required"))
  }
  next()
}

export const hooksCmsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/cms/revalidate",
    methods: ["POST"],
    middlewares: [requireRevalidateSecret, validateAndTransformBody(HooksCmsRevalidate)],
  },
  {
    matcher: "/hooks/cms/event-attended",
    methods: ["POST"],
    middlewares: [requireRevalidateSecret, validateAndTransformBody(HooksCmsEventAttended)],
  },
]
