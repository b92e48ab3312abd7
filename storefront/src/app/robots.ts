import type { MetadataRoute } from "next"
import { env } from "@/lib/env"

// Rendered when asked, not at build time: one build serves any public URL, read
// from the environment when the server starts.
export const dynamic = "force-dynamic"

/** Crawlers read the shop and its content; carts, accounts, checkout and the API are private. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/cart", "/*/account", "/*/checkout", "/*/order/", "/checkout/"] },
    sitemap: `${env.NEXT_PUBLIC_BASE_URL}/sitemap.xml`,
  }
}
