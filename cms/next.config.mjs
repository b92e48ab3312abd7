import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const production = process.env.NODE_ENV === 'production'

/** On every answer; HSTS only in production, which is served over HTTPS. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Payload's source imports use ".js" suffixes for TypeScript files.
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  // Dependencies are hoisted to the monorepo root, so Turbopack must see it.
  turbopack: {
    root: path.resolve(dirname, '..'),
  },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // JSON and media: nothing in an answer of the API may run or be framed (an uploaded
      // SVG opened directly included). The GraphQL playground (development only) is a page.
      {
        source: '/api/:path((?!graphql-playground).*)',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // The landing page; the admin's own policy carries a nonce and comes from src/proxy.ts.
      {
        source: '/((?!admin|api|_next).*)',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: `default-src 'self'; script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'`,
          },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
