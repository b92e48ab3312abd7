import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
