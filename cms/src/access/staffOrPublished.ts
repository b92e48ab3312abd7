import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from './hasRole'

/**
 * Staff read drafts, and so does the storefront's preview key (draft mode only);
 * everyone else, the storefront's ordinary reads included, sees published documents only.
 */
export const staffOrPublished: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES, 'preview')) return true
  return { _status: { equals: 'published' } }
}
