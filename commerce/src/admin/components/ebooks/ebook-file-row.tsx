import { Badge, Button, Text, usePrompt } from "@medusajs/ui"
import { useRef, useState, type ChangeEvent } from "react"
import { friendlyError } from "../../lib/friendly-error"
import { formatBytes, removeEbookFile, uploadEbookFile, type AdminEbookVariant, type EbookFormat } from "../../lib/ebooks-api"

const LABEL: Record<EbookFormat, string> = { epub: "EPUB", pdf: "PDF" }
const ACCEPT: Record<EbookFormat, string> = { epub: ".epub,application/epub+zip", pdf: ".pdf,application/pdf" }

type Props = { variant: AdminEbookVariant; format: EbookFormat; maxBytes: number; onChange: (variant: AdminEbookVariant) => void }

/** One format of one ebook variant: its file (name, size, when), and Upload or Replace, and Remove. */
export const EbookFileRow = ({ variant, format, maxBytes, onChange }: Props) => {
  const input = useRef<HTMLInputElement>(null)
  const prompt = usePrompt()
  const [busy, setBusy] = useState<"uploading" | "removing" | null>(null)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const file = variant.files[format]

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    event.target.value = ""
    if (!chosen) return
    if (chosen.size > maxBytes) {
      return setMessage({ error: true, text: `${chosen.name} is ${formatBytes(chosen.size)}; an ebook file may be at most ${formatBytes(maxBytes)}.` })
    }
    setBusy("uploading")
    setMessage(null)
    try {
      onChange(await uploadEbookFile(variant.id, format, chosen))
      setMessage({ error: false, text: file ? "Replaced: readers who own it now download the new file." : "Uploaded." })
    } catch (error) {
      setMessage({ error: true, text: friendlyError(error) })
    } finally {
      setBusy(null)
    }
  }

  const remove = async () => {
    const confirmed = await prompt({
      title: `Remove the ${LABEL[format]} file?`,
      description: `Readers who bought ${variant.title ?? "this ebook"} will no longer be able to download it as ${LABEL[format]}.`,
      confirmText: "Remove",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    setBusy("removing")
    setMessage(null)
    try {
      onChange(await removeEbookFile(variant.id, format))
      setMessage({ error: false, text: "Removed." })
    } catch (error) {
      setMessage({ error: true, text: friendlyError(error) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="flex flex-col gap-1 py-2" data-testid={`ebook-file-${format}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge size="2xsmall">{LABEL[format]}</Badge>
        {file ? (
          <Text size="small" data-testid={`ebook-file-${format}-details`}>
            {file.name} · {formatBytes(file.size)}
            {file.uploaded_at ? ` · uploaded ${new Date(file.uploaded_at).toLocaleDateString()}` : ""}
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No {LABEL[format]} file
          </Text>
        )}
        <div className="ml-auto flex gap-2">
          <input ref={input} type="file" accept={ACCEPT[format]} className="hidden" onChange={upload} data-testid={`ebook-upload-${format}`} />
          <Button size="small" variant="secondary" isLoading={busy === "uploading"} disabled={!!busy} onClick={() => input.current?.click()}>
            {file ? "Replace" : "Upload"}
          </Button>
          {file && (
            <Button size="small" variant="danger" isLoading={busy === "removing"} disabled={!!busy} onClick={remove}>
              Remove
            </Button>
          )}
        </div>
      </div>
      {message && (
        <Text size="small" role={message.error ? "alert" : "status"} className={message.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {message.text}
        </Text>
      )}
    </div>
  )
}
