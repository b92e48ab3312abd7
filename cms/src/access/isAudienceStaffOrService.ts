import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * One address's newsletter status, for that reader's own data download: the
 * storefront and commerce service accounts (each asks only after Medusa has
 * vouched for the reader), and the staff who manage the audience.
 */
export const isAudienceStaffOrService: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'storefront', 'commerce')
