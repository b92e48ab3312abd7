import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Fields the storefront key must not rewrite once a record exists (who registered, for what). */
export const isAdminOrEditorField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor')
