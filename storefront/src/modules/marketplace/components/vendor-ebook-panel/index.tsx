"use client"

import { useRouter } from "next/navigation"
import { useActionState, useState, type FormEvent } from "react"
import { removeVendorEbookFileAction } from "@/lib/actions/vendor-content"
import type { EbookFormat, VendorEbook } from "@/lib/data/vendor-content"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import { Input } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
const LABEL: Record<EbookFormat, string> = { epub: "EPUB", pdf: "PDF" }

type Outcome = { tone: "success" | "error"; text: string }

/** Sends the file as the request's body with its progress: commerce checks it is an EPUB or PDF by its content. */
function sendFile(url: string, file: File, onProgress: (part: number) => void): Promise<{ status: number; message?: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open("POST", url)
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total)
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as { message?: string }
        } catch {
          return {}
        }
      })()
      resolve({ status: xhr.status, message: body.message })
    }
    xhr.onerror = () => resolve({ status: 0 })
    xhr.send(file)
  })
}

/** The ebook's files (EPUB and PDF), and (for an approved vendor) an upload that replaces the file of its format; the last file of a book in the shop stays. */
export default function VendorEbookPanel({ ebook, countryCode, editable }: { ebook: VendorEbook; countryCode: string; editable: boolean }) {
  const router = useRouter()
  const [progress, setProgress] = useState<number | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [removed, remove] = useActionState(removeVendorEbookFileAction, null)
  const present = (Object.values(ebook.files).filter(Boolean) as NonNullable<VendorEbook["files"][EbookFormat]>[])

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const file = new FormData(form).get("file")
    if (!(file instanceof File) || !file.size) return setOutcome({ tone: "error", text: "Choose an EPUB or PDF file first." })
    if (file.size > ebook.max_bytes) return setOutcome({ tone: "error", text: `This file is ${megabytes(file.size)}: an ebook may be at most ${megabytes(ebook.max_bytes)}.` })
    setOutcome(null)
    setProgress(0)
    const url = `/api/vendor/products/${encodeURIComponent(ebook.product_id)}/ebook-file?${new URLSearchParams({ filename: file.name })}`
    const { status, message } = await sendFile(url, file, setProgress)
    setProgress(null)
    if (status >= 200 && status < 300) {
      form.reset()
      setOutcome({ tone: "success", text: status === 201 ? "Uploaded." : "Replaced: buyers download the new file from now on." })
      return router.refresh()
    }
    setOutcome({ tone: "error", text: message ?? "The file could not be uploaded just now. Please try again." })
  }

  return (
    <section aria-labelledby="vendor-ebook-heading" className={styles.panel} data-testid="vendor-ebook-panel">
      <h2 id="vendor-ebook-heading" className={styles.heading}>Ebook file</h2>
      {present.length ? (
        <ul className={styles.files} data-testid="vendor-ebook-files">
          {present.map((file) => (
            <li key={file.format} className={styles.file} data-testid={`vendor-ebook-file-${file.format}`}>
              <span>
                <strong>{LABEL[file.format]}</strong> {file.name}
                <span className={styles.meta}>
                  {file.size !== null ? ` · ${megabytes(file.size)}` : ""}
                  {file.uploaded_at ? ` · ${new Date(file.uploaded_at).toLocaleDateString("en-GB")}` : ""}
                </span>
              </span>
              {editable && !(ebook.in_shop && present.length === 1) ? (
                <form action={remove}>
                  <input type="hidden" name="countryCode" value={countryCode} />
                  <input type="hidden" name="id" value={ebook.product_id} />
                  <input type="hidden" name="format" value={file.format} />
                  <SubmitButton variant="quiet" size="sm" pendingText="Removing…" testId={`vendor-ebook-remove-${file.format}`} label={`Remove the ${LABEL[file.format]} file`}>
                    Remove
                  </SubmitButton>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Alert tone="warning" live="none">No file yet: buyers need an EPUB or a PDF to download.</Alert>
      )}
      <FormMessage state={removed} />
      {editable ? (
        <form onSubmit={upload} className={styles.upload} aria-label="Upload the ebook file">
          <label htmlFor="vendor-ebook-input" className={styles.label}>
            {present.length ? "Replace or add a file" : "Upload the book"}
          </label>
          <p id="vendor-ebook-hint" className={styles.hint}>
            An EPUB or a PDF of up to {megabytes(ebook.max_bytes)}; a new file replaces the one of its format.
            {ebook.in_shop ? " This book is in the shop: its buyers download the new file from then on." : ""}
          </p>
          <Input id="vendor-ebook-input" name="file" type="file" accept=".epub,.pdf,application/epub+zip,application/pdf" aria-describedby="vendor-ebook-hint" data-testid="vendor-ebook-input" disabled={progress !== null} />
          {progress !== null ? (
            <progress className={styles.progress} value={progress} max={1} aria-label="Upload progress" data-testid="vendor-ebook-progress">
              {Math.round(progress * 100)}%
            </progress>
          ) : null}
          <Button type="submit" variant="secondary" pending={progress !== null} pendingText="Uploading…" data-testid="vendor-ebook-upload">
            Upload
          </Button>
          {outcome ? (
            <Alert tone={outcome.tone} testId="vendor-ebook-outcome">
              {outcome.text}
            </Alert>
          ) : null}
        </form>
      ) : null}
    </section>
  )
}
