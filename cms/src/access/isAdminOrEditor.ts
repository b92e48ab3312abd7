import type { Access } from 'payload'

import { hasRole } from './hasRole'

export const isAdminOrEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
