import type { Block } from 'payload'

/**
 * Books are Medusa products: the block stores handles only and the storefront
 * resolves prices and stock at render time, so the CMS never holds stale prices.
 */
export const FeaturedBooks: Block = {
  slug: 'featuredBooks',
  interfaceName: 'FeaturedBooksBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    {
      name: 'productHandles',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 12,
      admin: { description: 'Medusa product handles, e.g. the-quiet-draft.' },
      fields: [
        {
          name: 'handle',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            !value ||
            /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ||
            'Handles are lowercase words joined by hyphens.',
        },
      ],
    },
  ],
}
