import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminEditorOrSelf } from '@/access/isAdminEditorOrSelf'
import { isAdminFieldLevel } from '@/access/isAdminFieldLevel'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: true,
  access: {
    admin: isStaff,
    create: isAdmin,
    delete: isAdmin,
    read: isAdminEditorOrSelf,
    update: isAdminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    useAsTitle: 'email',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['author'],
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Author', value: 'author' },
      ],
      // Access functions read roles from the token instead of querying the user on every request.
      saveToJWT: true,
      access: {
        create: isAdminFieldLevel,
        update: isAdminFieldLevel,
      },
    },
  ],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
  },
  timestamps: true,
}
