import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Editors change any RSVP or subscription. The storefront key may only touch one
 * that is still active, and field access plus the status rules limit it to cancelling.
 */
export const isEditorOrStorefrontActive =
  (activeStatus: string): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'editor')) return true
    if (hasRole(user, 'storefront')) return { status: { equals: activeStatus } }
    return false
  }
