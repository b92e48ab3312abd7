import type { Metadata } from "next"
import type { ReactNode } from "react"

export const metadata: Metadata = { robots: { index: false } }

// Everything under /account belongs to one visitor: rendered per request, never cached.
export const dynamic = "force-dynamic"

export default function AccountSegmentLayout({ children }: { children: ReactNode }) {
  return <div className="container">{children}</div>
}
