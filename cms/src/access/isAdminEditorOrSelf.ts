import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Editors need to see accounts to assign post authors; authors only see themselves. */
export const isAdminEditorOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { id: { equals: user.id } }
}
