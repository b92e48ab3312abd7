import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Create access for authored content: editors may create published documents,
 * authors only drafts. Payload's admin also asks this with `_status: 'published'`
 * to decide whether to show the Publish button.
 */
export const isEditorOrAuthorDraft: Access = ({ data, req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (hasRole(user, 'author')) return data?._status !== 'published'
  return false
}
