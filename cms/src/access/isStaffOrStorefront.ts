import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from './hasRole'

/** The storefront reads RSVPs to tell a shopper they are registered; nobody else outside staff. */
export const isStaffOrStorefront: Access = ({ req: { user } }) =>
  hasRole(user, ...STAFF_ROLES, 'storefront')
