import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Update access for authored content: editors change anything; authors change
 * only their own documents and never publish them.
 */
export const isEditorOrOwnAuthorDraft: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'author') || data?._status === 'published') return false
  return { author: { equals: user.id } }
}
