"use client"

import Link from "next/link"
import { useEffect, useState } from "react"
import Alert from "@/modules/common/components/alert"

/**
 * "You already own this ebook", for a signed-in reader whose library holds
 * it. The book page is cached for everyone, so this is asked per visitor
 * after the page has loaded, and shows nothing until the answer is yes.
 */
export default function OwnedEbookNotice({ handle, countryCode }: { handle: string; countryCode: string }) {
  const [owned, setOwned] = useState(false)
  useEffect(() => {
    let live = true
    fetch(`/api/library/owns/${handle}`, { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ owned?: boolean }>) : null))
      .catch(() => null)
      .then((answer) => {
        if (live) setOwned(answer?.owned === true)
      })
    return () => {
      live = false
    }
  }, [handle])
  if (!owned) return null
  return (
    <Alert tone="info" live="none" testId="owned-ebook">
      You already own the ebook of this book. It is in <Link href={`/${countryCode}/account/library`}>your library</Link>, ready to download.
    </Alert>
  )
}
