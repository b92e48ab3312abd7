import { Label, Text, Textarea } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { previewLessonBody } from "../../lib/lesson-attachments-api"

type Props = { value: string; onChange: (value: string) => void; rows?: number }

const HELP = "Markdown: # Heading, - list, [link](https://…), ![image](https://…), ```code```, > [!NOTE] / [!TIP] / [!WARNING] callouts."

/**
 * The lesson text in Markdown, with a preview beside it rendered by commerce
 * (the same sanitising learners get, so what staff see is what is served).
 */
export const LessonBodyEditor = ({ value, onChange, rows = 12 }: Props) => {
  const id = useId()
  const [html, setHtml] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => {
      if (!value.trim()) return setHtml("")
      previewLessonBody(value).then(
        (rendered) => {
          setHtml(rendered)
          setProblem(null)
        },
        (e) => setProblem((e as Error).message)
      )
    }, 300)
    return () => clearTimeout(timer)
  }, [value])
  return (
    <div className="grid w-full basis-full gap-2 md:grid-cols-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={id}>Text</Label>
        <Textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} className="font-mono" data-testid="lesson-body-input" />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {HELP}
        </Text>
      </div>
      <div className="flex flex-col gap-1">
        <Label>Preview</Label>
        {problem ? (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {problem}
          </Text>
        ) : (
          // Sanitised by commerce with the allow-list the store uses; nothing else reaches this element.
          <div
            className="prose-sm max-h-80 overflow-auto rounded-md border p-3 [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-4 [&_ol]:list-decimal [&_p]:my-2 [&_pre]:overflow-x-auto [&_ul]:list-disc"
            data-testid="lesson-body-preview"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </div>
    </div>
  )
}
