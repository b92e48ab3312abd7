import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** RSVPs and newsletter sign-ups arrive from the storefront's key; editors may add them by hand. */
export const isStorefrontOrEditor: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'storefront')
