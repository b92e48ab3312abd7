import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
