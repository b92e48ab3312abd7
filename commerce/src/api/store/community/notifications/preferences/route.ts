import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { preferencesOf, updatedPreferences, type NotificationPreferences } from "../../../../../lib/community/notification-preferences"
import { communityOf } from "../../read"
import { ownMember } from "../present"
import type { StoreUpdateNotificationPreferencesType } from "../validators"

/** How the member hears about each kind of notification. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ preferences: preferencesOf(await ownMember(req)) })
}

/** Changes the kinds sent; the others keep their setting. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateNotificationPreferencesType>, res: MedusaResponse) {
  const member = await ownMember(req)
  const changes = Object.fromEntries(Object.entries(req.validatedBody).filter(([, v]) => v !== undefined)) as Partial<NotificationPreferences>
  const updated = await communityOf(req.scope).updateCommunityMembers({ id: member.id, ...updatedPreferences(member, changes) })
  res.json({ preferences: preferencesOf(updated) })
}
