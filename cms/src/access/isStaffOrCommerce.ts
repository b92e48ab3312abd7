import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from './hasRole'

/** Staff, and commerce's service account (its lifecycle jobs read what the cms owns through the API). */
export const isStaffOrCommerce: Access = ({ req: { user } }) => hasRole(user, ...STAFF_ROLES, 'commerce')
