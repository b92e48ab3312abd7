"use client"

import { useActionState } from "react"
import { downloadEbook } from "@/lib/actions/library"
import type { EbookFormat } from "@/lib/data/library"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

const LABEL: Record<EbookFormat, string> = { epub: "EPUB", pdf: "PDF" }

/**
 * "Download": the server action fetches a link valid for minutes and sends
 * the browser to it. An ebook sold as both EPUB and PDF gets a button for each.
 */
export default function DownloadForm({ countryCode, itemId, title, formats }: { countryCode: string; itemId: string; title: string; formats: EbookFormat[] }) {
  const [state, action] = useActionState(downloadEbook, null)
  return (
    <form action={action} data-testid="download-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="itemId" value={itemId} />
      <FormMessage state={state} />
      {formats.length > 1 ? (
        <div className={styles.choices}>
          {formats.map((format) => (
            <SubmitButton
              key={format}
              name="format"
              value={format}
              pendingText="Preparing…"
              testId={`download-ebook-${format}`}
              label={`Download ${title} as ${LABEL[format]}`}
              variant="secondary"
            >
              {`Download ${LABEL[format]}`}
            </SubmitButton>
          ))}
        </div>
      ) : (
        <SubmitButton pendingText="Preparing…" testId="download-ebook" label={`Download ${title}`} variant="secondary">
          Download
        </SubmitButton>
      )}
    </form>
  )
}
