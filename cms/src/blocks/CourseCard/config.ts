import type { Block } from 'payload'

/**
 * A course is sold as a Medusa product; the block stores its handle and the
 * storefront shows the course's current title and price from Medusa.
 */
export const CourseCard: Block = {
  slug: 'courseCard',
  interfaceName: 'CourseCardBlock',
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'courseHandle',
      type: 'text',
      required: true,
      admin: { description: 'The course product handle in Medusa, e.g. outline-your-book.' },
      validate: (value: string | null | undefined) =>
        !value ||
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ||
        'Handles are lowercase words joined by hyphens.',
    },
  ],
}
