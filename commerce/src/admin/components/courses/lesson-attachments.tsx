import { Button, Heading, Text, usePrompt } from "@medusajs/ui"
import { useEffect, useRef, useState, type ChangeEvent } from "react"
import { formatBytes } from "../../lib/ebooks-api"
import { friendlyError } from "../../lib/friendly-error"
import { listLessonAttachments, removeLessonAttachment, uploadLessonAttachment, type AdminLessonAttachment } from "../../lib/lesson-attachments-api"

const ACCEPT = ".pdf,.docx,.pptx,.xlsx,.epub,.png,.jpg,.jpeg,.txt,.md,.csv"

/** A lesson's downloads (worksheets, slides): private files only its enrolled learners can fetch. Upload and remove. */
export const LessonAttachments = ({ courseId, lessonId }: { courseId: string; lessonId: string }) => {
  const input = useRef<HTMLInputElement>(null)
  const prompt = usePrompt()
  const [state, setState] = useState<{ attachments: AdminLessonAttachment[]; maxBytes: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)

  useEffect(() => {
    listLessonAttachments(courseId, lessonId).then(
      (d) => setState({ attachments: d.attachments, maxBytes: d.max_bytes }),
      (e) => setMessage({ error: true, text: friendlyError(e) })
    )
  }, [courseId, lessonId])

  const run = async (work: () => Promise<AdminLessonAttachment[]>, done: string) => {
    setBusy(true)
    setMessage(null)
    try {
      const attachments = await work()
      setState((s) => s && { ...s, attachments })
      setMessage({ error: false, text: done })
    } catch (e) {
      setMessage({ error: true, text: friendlyError(e) })
    } finally {
      setBusy(false)
    }
  }
  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ""
    if (!file || !state) return
    if (file.size > state.maxBytes) return setMessage({ error: true, text: `${file.name} is ${formatBytes(file.size)}; an attachment may be at most ${formatBytes(state.maxBytes)}.` })
    return run(() => uploadLessonAttachment(courseId, lessonId, file), `Uploaded ${file.name}.`)
  }
  const remove = async (attachment: AdminLessonAttachment) => {
    const ok = await prompt({ title: `Remove ${attachment.filename}?`, description: "Learners will no longer be able to download it.", confirmText: "Remove", cancelText: "Keep it" })
    if (ok) await run(() => removeLessonAttachment(courseId, lessonId, attachment.id), "Removed.")
  }

  return (
    <div className="flex w-full basis-full flex-col gap-2" data-testid="lesson-attachments">
      <div className="flex items-center justify-between gap-2">
        <Heading level="h3">Attachments</Heading>
        <input ref={input} type="file" accept={ACCEPT} className="hidden" onChange={upload} data-testid="lesson-attachment-upload" />
        <Button size="small" variant="secondary" type="button" isLoading={busy} disabled={busy || !state} onClick={() => input.current?.click()}>
          Upload file
        </Button>
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        PDF, Word, PowerPoint, Excel, EPUB, PNG, JPEG, text or CSV{state ? `, up to ${formatBytes(state.maxBytes)}` : ""}. Only enrolled learners can download them.
      </Text>
      {state?.attachments.length === 0 && <Text size="small">No attachments.</Text>}
      <ul className="flex flex-col gap-1">
        {state?.attachments.map((a) => (
          <li key={a.id} className="flex items-center gap-2">
            <Text size="small">
              {a.filename} · {formatBytes(a.size_bytes)}
            </Text>
            <Button size="small" variant="transparent" type="button" disabled={busy} onClick={() => remove(a)}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {message && (
        <Text size="small" role={message.error ? "alert" : "status"} className={message.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {message.text}
        </Text>
      )}
    </div>
  )
}
