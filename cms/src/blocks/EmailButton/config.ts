import type { Block } from 'payload'

import { urlField } from '@/fields/url'

/**
 * A button in a campaign email. A site path ("/store") is made absolute on
 * the storefront's public address when the email is rendered.
 */
export const EmailButton: Block = {
  slug: 'emailButton',
  interfaceName: 'EmailButtonBlock',
  labels: { singular: 'Button', plural: 'Buttons' },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    urlField(),
  ],
}
