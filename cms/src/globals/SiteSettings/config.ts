import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { revalidateNav } from '@/hooks/revalidateNav'

export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: 'Site settings',
  access: {
    read: anyone,
    update: isAdminOrEditor,
  },
  fields: [
    { name: 'siteName', type: 'text', required: true },
    { name: 'tagline', type: 'text' },
  ],
  hooks: {
    afterChange: [revalidateNav],
  },
}
