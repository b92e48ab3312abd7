"use client"

import { useActionState } from "react"
import { downloadEbook } from "@/lib/actions/library"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** "Download": the server action fetches a link valid for minutes and sends the browser to it. */
export default function DownloadForm({ countryCode, itemId, title }: { countryCode: string; itemId: string; title: string }) {
  const [state, action] = useActionState(downloadEbook, null)
  return (
    <form action={action} data-testid="download-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="itemId" value={itemId} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Preparing…" testId="download-ebook" label={`Download ${title}`} variant="secondary">
        Download
      </SubmitButton>
    </form>
  )
}
