import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { Plugin } from 'payload'

import { env, imageKitSettings, storefrontPublicUrl } from '@/env'
import { imagekitAdapter } from '@/storage/imagekitAdapter'
import type { Page, Post } from '@/payload-types'

const generateTitle: GenerateTitle<Post | Page> = async ({ doc, req }) => {
  const { siteName } = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return [doc?.title, siteName].filter(Boolean).join(' | ')
}

/**
 * Public URLs live on the storefront, which serves posts under /blog and the
 * home page at /, at the address readers use (never the internal STOREFRONT_URL).
 */
export const generateURL: GenerateURL<Post | Page> = ({ collectionConfig, doc }) => {
  const site = storefrontPublicUrl(env)
  if (!doc?.slug) return site
  if (collectionConfig?.slug === 'posts') return new URL(`/blog/${doc.slug}`, site).href
  return new URL(doc.slug === 'home' ? '/' : `/${doc.slug}`, site).href
}

const imagekit = imageKitSettings(env)

export const plugins: Plugin[] = [
  // Media goes to ImageKit when it is configured and stays on local disk otherwise.
  // The plugin's columns (prefix, _objectKey) exist either way, so one migrated
  // schema serves both.
  cloudStoragePlugin({
    enabled: imagekit !== null,
    alwaysInsertFields: true,
    collections: {
      media: {
        adapter: imagekit ? imagekitAdapter(imagekit) : null,
        // The same (empty) prefix column in both modes; the ImageKit folder is the adapter's.
        prefix: '',
        // Readers fetch media from ImageKit's CDN, not through Payload; media is public.
        disablePayloadAccessControl: true,
      },
    },
  }),
  seoPlugin({
    collections: ['posts', 'pages'],
    uploadsCollection: 'media',
    tabbedUI: true,
    generateTitle,
    generateURL,
  }),
]
