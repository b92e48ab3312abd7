import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminOrEditor } from '@/access/isAdminOrEditor'
import { urlField } from '@/fields/url'

import { revalidateSiteSettings } from './hooks/revalidateSiteSettings'

/**
 * The brand, set once: the storefront's header, footer, page titles and default
 * share image, and commerce's emails and certificates all read it. Everything
 * here is public (it is printed on every page), so anyone may read it.
 */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: 'Site settings',
  access: {
    read: anyone,
    update: isAdminOrEditor,
  },
  admin: {
    description:
      'The brand as the shop, its emails and its certificates show it. Saved changes reach the storefront within seconds.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'siteName',
          type: 'text',
          required: true,
          admin: { description: 'Header, page titles and emails.' },
        },
        {
          name: 'authorName',
          type: 'text',
          required: true,
          admin: { description: 'Who writes and teaches: meta author, certificates’ issuer.' },
        },
      ],
    },
    { name: 'tagline', type: 'text', admin: { description: 'One line under the name.' } },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'defaultSeoImage',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Shared links show it when a page has no image of its own.' },
    },
    { name: 'contactEmail', type: 'email' },
    {
      name: 'socialLinks',
      type: 'array',
      maxRows: 8,
      fields: [
        { name: 'label', type: 'text', required: true },
        urlField(),
      ],
    },
    {
      name: 'certificateSignatureLine',
      type: 'text',
      admin: {
        description: 'Printed under the issuer’s name on course certificates, e.g. "Author and course leader".',
      },
    },
  ],
  hooks: {
    afterChange: [revalidateSiteSettings],
  },
}
