import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { urlField } from '@/fields/url'
import { revalidateNav } from '@/hooks/revalidateNav'

export const Footer: GlobalConfig<'footer'> = {
  slug: 'footer',
  access: {
    read: anyone,
    update: isAdminOrEditor,
  },
  fields: [
    {
      name: 'columns',
      type: 'array',
      maxRows: 4,
      fields: [
        { name: 'heading', type: 'text', required: true },
        {
          name: 'links',
          type: 'array',
          fields: [{ name: 'label', type: 'text', required: true }, urlField()],
        },
      ],
    },
    {
      name: 'copyright',
      type: 'text',
      admin: { description: 'Shown after ©, e.g. "2026 Adaeze Okafor".' },
    },
  ],
  hooks: {
    afterChange: [revalidateNav],
  },
}
