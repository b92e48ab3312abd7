import { ApiLoader, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/** What Medusa's locale middleware can read: one string (`?locale=fr`), not a list or an object. */
function localeProblem(handler: Middleware, req: MedusaRequest): MedusaError | null {
  const locale = req.query?.locale
  if (handler.name !== "applyLocale" || locale === undefined || typeof locale === "string") return null
  return new MedusaError(MedusaError.Types.INVALID_DATA, 'Query parameter "locale" must be a single value')
}

let guarded = false

/**
 * Medusa 2.21 runs a few middlewares of its own on each request (body
 * parsing, CORS, publishable key, locale, authentication) before any of
 * ours, and registers them without catching their async errors: with
 * `?locale[]=en` its locale middleware throws inside an async function, the
 * rejection is only logged, and the request is never answered. ApiLoader's
 * hook for wrapping middlewares (the one Medusa's OpenTelemetry
 * instrumentation uses, kept and composed here) gives each of them a
 * catch, so every error reaches the error handler, and refuses a locale
 * Medusa cannot read with a 400. Must run before the API loads: middlewares.ts
 * is imported before ApiLoader registers those middlewares.
 */
export function guardMedusaPrefixMiddlewares() {
  if (guarded) return
  guarded = true
  const trace = ApiLoader.traceMiddleware
  ApiLoader.traceMiddleware = (handler, route) => {
    const traced = (trace ? trace(handler, route) : handler) as Middleware
    const guard = function (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
      const problem = localeProblem(handler as Middleware, req)
      if (problem) return next(problem)
      try {
        const result = traced(req, res, next)
        if (result instanceof Promise) result.catch(next)
      } catch (error) {
        next(error)
      }
    }
    Object.defineProperty(guard, "name", { value: handler.name })
    return guard
  }
}
