import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { indexCmsTags } from "../../../../lib/search/cms-tags"
import { refreshSiteSettings, SITE_SETTINGS_CHANGED_EVENT } from "../../../../lib/site-settings"
import type { HooksCmsRevalidateType } from "./validators"

/**
 * POST /hooks/cms/revalidate: the cms saved something commerce prints or
 * indexes. For the `settings` tag this process reads the site settings again
 * before answering, so the next email or certificate carries them, and tells
 * the others. For `post:<slug>`, `event:<slug>` and `page:<slug>` the search
 * index reads that document again from the cms.
 */
export async function POST(req: MedusaRequest<HooksCmsRevalidateType>, res: MedusaResponse) {
  const tags = [...new Set(req.validatedBody.tags)]
  const indexed = await indexCmsTags(req.scope, tags)
  if (!tags.includes("settings")) return res.json({ revalidated: [], indexed })
  const settings = await refreshSiteSettings()
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: SITE_SETTINGS_CHANGED_EVENT, data: {} })
  res.json({ revalidated: ["settings"], indexed, site_name: settings.siteName })
}
