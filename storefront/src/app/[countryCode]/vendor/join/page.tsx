import type { Metadata } from "next"
import VendorJoin from "@/modules/marketplace/templates/vendor-join"

// The link's one-time token is read per request, and the page is never cached.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Set up your vendor sign-in", robots: { index: false } }

export default async function VendorJoinPage({ params, searchParams }: { params: Promise<{ countryCode: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const [{ countryCode }, { token }] = await Promise.all([params, searchParams])
  const first = Array.isArray(token) ? token[0] : token
  return <VendorJoin countryCode={countryCode} token={first && /^[\w-]{20,200}$/.test(first) ? first : null} />
}
