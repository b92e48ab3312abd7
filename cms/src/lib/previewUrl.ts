import type { CollectionConfig } from 'payload'

import { env, storefrontPublicUrl } from '@/env'

type PathOf = (slug: string) => string

/**
 * The admin's Preview button: the storefront's /api/preview checks the secret,
 * turns on Next's draft mode and sends the editor to the document's page there.
 */
export const previewUrl =
  (pathOf: PathOf): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc) => {
    const slug = typeof doc?.slug === 'string' ? doc.slug : ''
    if (!slug) return null
    const url = new URL('/api/preview', storefrontPublicUrl(env))
    url.searchParams.set('secret', env.PREVIEW_SECRET)
    url.searchParams.set('path', pathOf(slug))
    return url.href
  }

export const storefrontPaths = {
  post: (slug: string) => `/blog/${slug}`,
  event: (slug: string) => `/events/${slug}`,
  page: (slug: string) => (slug === 'home' ? '/' : `/${slug}`),
}
