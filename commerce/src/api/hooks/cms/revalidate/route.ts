import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { refreshSiteSettings, SITE_SETTINGS_CHANGED_EVENT } from "../../../../lib/site-settings"
import type { HooksCmsRevalidateType } from "./validators"

/**
 * POST /hooks/cms/revalidate: the cms saved something commerce prints. For the
 * `settings` tag this process reads the site settings again before answering,
 * so the next email or certificate carries them, and tells the others.
 */
export async function POST(req: MedusaRequest<HooksCmsRevalidateType>, res: MedusaResponse) {
  const tags = [...new Set(req.validatedBody.tags)]
  if (!tags.includes("settings")) return res.json({ revalidated: [] })
  const settings = await refreshSiteSettings()
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: SITE_SETTINGS_CHANGED_EVENT, data: {} })
  res.json({ revalidated: ["settings"], site_name: settings.siteName })
}
