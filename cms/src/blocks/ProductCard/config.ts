import type { Block } from 'payload'

const validateHandle = (value: string | null | undefined) =>
  !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Handles are lowercase words joined by hyphens.'

/**
 * A book or a course in a campaign email, named by handle. Its title, image
 * and price are asked of commerce once when the campaign is rendered (send,
 * test, preview), never copied into the cms.
 */
export const ProductCard: Block = {
  slug: 'productCard',
  interfaceName: 'ProductCardBlock',
  labels: { singular: 'Book or course card', plural: 'Book or course cards' },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'book',
      options: [
        { label: 'Book', value: 'book' },
        { label: 'Course', value: 'course' },
      ],
    },
    {
      name: 'handle',
      type: 'text',
      required: true,
      validate: validateHandle,
      admin: { description: "A book's product handle (e.g. the-quiet-draft) or a course's handle (e.g. outline-your-book)." },
    },
  ],
}
