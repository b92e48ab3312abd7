import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminEditorOrSelf } from '@/access/isAdminEditorOrSelf'
import { isAdminFieldLevel } from '@/access/isAdminFieldLevel'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { env } from '@/env'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  // The storefront signs in with API keys (`Authorization: users API-Key <key>`)
  // held by service accounts whose roles allow nothing in the admin panel.
  // Editors' session cookie is Secure in production, which is served over HTTPS.
  auth: {
    useAPIKey: true,
    cookies: { secure: env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
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
        { label: 'Storefront (API key: RSVPs, newsletter)', value: 'storefront' },
        { label: 'Preview (API key: reads drafts)', value: 'preview' },
        { label: 'Commerce (API key: audience figures, marketing opt-outs)', value: 'commerce' },
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
