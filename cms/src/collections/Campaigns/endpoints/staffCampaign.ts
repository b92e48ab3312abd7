import type { PayloadRequest } from 'payload'

import { hasRole, STAFF_ROLES } from '@/access/hasRole'
import type { Campaign } from '@/payload-types'

export const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The campaign of `/:id/...`, read as the signed-in staff member; or the answer to give instead (401, 403, 400, 404). */
export async function campaignForStaff(req: PayloadRequest): Promise<Campaign | Response> {
  if (!req.user) return error(401, 'Sign in to the cms admin.')
  if (!hasRole(req.user, ...STAFF_ROLES)) return error(403, 'Only staff may see campaigns.')
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1) return error(400, 'id must be a campaign id')
  const campaign = (await req.payload
    .findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as Campaign | null
  return campaign ?? error(404, 'No such campaign')
}
