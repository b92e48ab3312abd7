"use client"

import { useActionState, useEffect } from "react"
import { downloadLessonAttachment } from "@/lib/actions/lesson-attachments"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

/** "Download": the server action fetches a five-minute link, and the browser follows it. */
export default function AttachmentDownloadForm({
  countryCode,
  enrollmentId,
  attachmentId,
  filename,
  back,
}: {
  countryCode: string
  enrollmentId: string
  attachmentId: string
  filename: string
  back: string
}) {
  const [state, action] = useActionState(downloadLessonAttachment, null)
  useEffect(() => {
    if (state?.url) window.location.assign(state.url)
  }, [state])
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <input type="hidden" name="back" value={back} />
      <SubmitButton pendingText="Preparing…" testId="download-attachment" label={`Download ${filename}`} variant="secondary" size="sm">
        Download
      </SubmitButton>
      <FormMessage state={state?.ok ? null : state} />
    </form>
  )
}
