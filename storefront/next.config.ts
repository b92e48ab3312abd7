import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The monorepo root holds the lockfile; trace files from there.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
}

export default nextConfig
