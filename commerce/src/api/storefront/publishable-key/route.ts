import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { env } from "../../../lib/env"

/**
 * The storefront's publishable API key, so no one copies keys by hand.
 * Publishable keys are public by design: every browser that loads the shop
 * sees it. Only non-revoked keys with the configured title are returned.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const apiKeys = req.scope.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys(
    { type: "publishable", title: env.STOREFRONT_API_KEY_TITLE, revoked_at: { $eq: null } },
    { order: { created_at: "ASC" }, take: 1 }
  )
  if (!keys.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No publishable API key titled "${env.STOREFRONT_API_KEY_TITLE}": run the seed or create one in the admin`
    )
  }
  res.set("Cache-Control", "public, max-age=60")
  res.json({ publishable_key: keys[0].token })
}
