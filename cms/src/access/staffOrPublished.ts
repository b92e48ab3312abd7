import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from './hasRole'

/** Staff read drafts; everyone else (the storefront included) reads published documents only. */
export const staffOrPublished: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES)) return true
  return { _status: { equals: 'published' } }
}
