import type { AccessArgs } from 'payload'

import { hasRole, STAFF_ROLES } from './hasRole'

/**
 * Being logged in is not enough: an account without a role gets nothing.
 * Returns a plain boolean so it also serves as the admin-panel gate.
 */
export const isStaff = ({ req: { user } }: AccessArgs): boolean => hasRole(user, ...STAFF_ROLES)
