import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bodyProblem, pathProblem, queryProblem, rawBodyProblem } from "./bad-input"

/** Longest text field in a store or auth body; community posts run longer (their validators cap them). */
const MAX_BODY_TEXT = 2048
const MAX_COMMUNITY_TEXT = 16_384

/** Staff write long descriptions and lessons: only the body size limit bounds them. */
const maxBodyText = (path: string): number | null =>
  path.startsWith("/admin") ? null : path.startsWith("/store/community") ? MAX_COMMUNITY_TEXT : MAX_BODY_TEXT

/**
 * Every request, before any route reads it: a NUL byte, a control character,
 * broken percent-encoding or UTF-8, or an over-long value in the path, the
 * query or a JSON body is a 400 naming the field. PostgreSQL would refuse
 * most of them with an error that surfaced as a 500. Payment webhooks keep
 * their raw bodies untouched: their signature covers the bytes.
 */
export function rejectBadInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url
  const at = url.indexOf("?")
  const path = at < 0 ? url : url.slice(0, at)
  const webhook = path.startsWith("/hooks/")
  const problem =
    pathProblem(path) ??
    (at < 0 ? null : queryProblem(url.slice(at + 1))) ??
    (webhook ? null : rawBodyProblem((req as { rawBody?: unknown }).rawBody)) ??
    (webhook ? null : bodyProblem(req.body, maxBodyText(path)))
  next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
}
