import type { Block } from 'payload'

import { urlField } from '@/fields/url'

export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'subheading', type: 'textarea' },
    { name: 'media', type: 'upload', relationTo: 'media' },
    {
      name: 'cta',
      type: 'group',
      label: 'Call to action',
      admin: { description: 'Leave both empty for a hero without a button.' },
      fields: [{ name: 'label', type: 'text' }, urlField({ required: false })],
    },
  ],
}
