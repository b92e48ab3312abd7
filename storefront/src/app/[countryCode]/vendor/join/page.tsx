import type { Metadata } from "next"
import VendorJoin from "@/modules/marketplace/templates/vendor-join"

// The link's one-time token is read per request, and the page is never cached.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Set up your vendor sign-in", robots: { index: false } }

export default async function VendorJoinPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams
  const first = Array.isArray(token) ? token[0] : token
  return <VendorJoin token={first && /^[\w-]{20,200}$/.test(first) ? first : null} />
}
