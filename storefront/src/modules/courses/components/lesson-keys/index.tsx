"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"

/**
 * "[" opens the previous lesson and "]" the next, unless the reader is
 * typing somewhere or holds a modifier (browser and screen-reader shortcuts
 * stay theirs). The links themselves remain the way for everyone else.
 */
export default function LessonKeys({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
      const target = event.target as HTMLElement | null
      if (target?.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])")) return
      const href = event.key === "[" ? previousHref : event.key === "]" ? nextHref : null
      if (!href) return
      event.preventDefault()
      router.push(href)
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [router, previousHref, nextHref])
  return null
}
