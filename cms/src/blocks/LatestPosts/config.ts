import type { Block } from 'payload'

/** The newest published posts, chosen by the storefront when it renders (no list to keep up to date). */
export const LatestPosts: Block = {
  slug: 'latestPosts',
  interfaceName: 'LatestPostsBlock',
  labels: { singular: 'Latest posts', plural: 'Latest posts' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: 'Latest from the blog' },
    { name: 'limit', type: 'number', required: true, defaultValue: 3, min: 1, max: 12 },
  ],
}
