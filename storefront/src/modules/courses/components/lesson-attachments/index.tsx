import type { LessonAttachment } from "@/lib/data/lesson-attachments"
import AttachmentDownloadForm from "./download-form"
import styles from "./styles.module.css"

const TYPE: [RegExp, string][] = [
  [/pdf/, "PDF"],
  [/wordprocessingml/, "Word"],
  [/presentationml/, "PowerPoint"],
  [/spreadsheetml/, "Excel"],
  [/epub/, "EPUB"],
  [/png/, "PNG"],
  [/jpeg/, "JPEG"],
  [/csv/, "CSV"],
  [/text/, "Text"],
]
const typeOf = (mime: string) => TYPE.find(([pattern]) => pattern.test(mime))?.[1] ?? "File"

/** 1.2 MB, 340 KB, 12 bytes. */
function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The lesson's downloads (worksheets, slides), for an enrolled learner: each with its type, size and a Download button. */
export default function LessonAttachments({
  attachments,
  enrollmentId,
  countryCode,
  back,
}: {
  attachments: LessonAttachment[]
  enrollmentId: string
  countryCode: string
  back: string
}) {
  if (!attachments.length) return null
  return (
    <section aria-labelledby="attachments-heading" className={styles.attachments} data-testid="lesson-attachments">
      <h2 id="attachments-heading" className={styles.heading}>
        Downloads
      </h2>
      <ul className={styles.list}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className={styles.item} data-testid="lesson-attachment">
            <span className={styles.name}>
              <span className={styles.filename}>{attachment.filename}</span>
              <span className={styles.meta}>
                {typeOf(attachment.mime_type)} · {formatBytes(attachment.size_bytes)}
              </span>
            </span>
            <AttachmentDownloadForm
              countryCode={countryCode}
              enrollmentId={enrollmentId}
              attachmentId={attachment.id}
              filename={attachment.filename}
              back={back}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
