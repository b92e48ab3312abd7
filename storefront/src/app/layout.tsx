import type { Metadata } from "next"
import type { ReactNode } from "react"
import { env } from "@/lib/env"
import "./globals.css"

export const metadata: Metadata = {
  metadataBase: new URL(env.NEXT_PUBLIC_BASE_URL),
  title: { default: "Adaeze Okafor — books, courses and community", template: "%s · Adaeze Okafor" },
  description: "Books on writing and learning by Adaeze Okafor, in print and ebook, with courses and a readers' community.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
