import type { NextConfig } from "next"
import { securityHeaders } from "./src/lib/security-headers"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Docker image sets STOREFRONT_STANDALONE=1 to get .next/standalone: a
  // server.js with only the node_modules files it uses. `next start` (dev
  // stack, local checks) needs the ordinary output.
  output: process.env.STOREFRONT_STANDALONE === "1" ? "standalone" : undefined,
  // The monorepo root holds the lockfile and node_modules: trace from there.
  outputFileTracingRoot: new URL("..", import.meta.url).pathname,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }]
  },
}

export default nextConfig
