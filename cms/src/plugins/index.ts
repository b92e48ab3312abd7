import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { Plugin } from 'payload'

import { env } from '@/env'
import type { Page, Post } from '@/payload-types'

const generateTitle: GenerateTitle<Post | Page> = async ({ doc, req }) => {
  const { siteName } = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return [doc?.title, siteName].filter(Boolean).join(' | ')
}

/** Public URLs live on the storefront, which serves posts under /blog and the home page at /. */
const generateURL: GenerateURL<Post | Page> = ({ collectionConfig, doc }) => {
  if (!doc?.slug) return env.STOREFRONT_URL
  if (collectionConfig?.slug === 'posts')
    return new URL(`/blog/${doc.slug}`, env.STOREFRONT_URL).href
  return new URL(doc.slug === 'home' ? '/' : `/${doc.slug}`, env.STOREFRONT_URL).href
}

export const plugins: Plugin[] = [
  seoPlugin({
    collections: ['posts', 'pages'],
    uploadsCollection: 'media',
    tabbedUI: true,
    generateTitle,
    generateURL,
  }),
]
