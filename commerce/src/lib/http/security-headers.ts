import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../env"

/** The API answers JSON and files: nothing in a response may load, run or be framed. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'"
// Medusa's admin (/app) is a Vite bundle with its own scripts, styles and fonts:
// only framing is forbidden there, which nothing of the admin needs.
const ADMIN_POLICY = "frame-ancestors 'none'"

/**
 * Headers on every commerce response this app's routes answer. HSTS only in
 * production, where commerce sits behind HTTPS; on http://localhost it would
 * pin a developer's browser to HTTPS for a year.
 */
export function setSecurityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const admin = req.path === "/app" || req.path.startsWith("/app/")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Referrer-Policy", admin ? "same-origin" : "no-referrer")
  res.setHeader("Content-Security-Policy", admin ? ADMIN_POLICY : API_POLICY)
  if (env.NODE_ENV === "production") res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  next()
}
