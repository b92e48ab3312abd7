import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Erasing a reader's data everywhere the cms keeps it: commerce's service account (on the reader's own account deletion) and admins. */
export const isAdminOrCommerce: Access = ({ req: { user } }) => hasRole(user, 'admin', 'commerce')
