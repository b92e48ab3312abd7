"use client"

import { useActionState } from "react"
import { saveVendorLessonAction } from "@/lib/actions/vendor-content"
import type { VendorLesson } from "@/lib/data/vendor-content"
import TextField, { CheckboxField, FieldRow, formClass, SelectField, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

type Props = { productId: string; countryCode: string; sectionId: string; lesson?: VendorLesson }

/** A lesson's title, video or Markdown text, minutes and free-preview flag: the fields and rules staff's lesson editor has. */
export default function VendorLessonForm({ productId, countryCode, sectionId, lesson }: Props) {
  const [state, action] = useActionState(saveVendorLessonAction, null)
  const v = state?.values ?? {}
  const e = state?.errors ?? {}
  const key = lesson?.id ?? `new-${sectionId}`
  return (
    <form action={action} noValidate className={formClass} data-testid={lesson ? `vendor-lesson-form-${lesson.id}` : `vendor-new-lesson-${sectionId}`}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="id" value={productId} />
      <input type="hidden" name="section_id" value={sectionId} />
      {lesson ? <input type="hidden" name="lesson_id" value={lesson.id} /> : null}
      <FormMessage state={state} />
      <TextField id={`${key}-title`} name="title" label="Title" required maxLength={200} defaultValue={v.title ?? lesson?.title ?? ""} error={e.title} />
      <FieldRow>
        <SelectField
          id={`${key}-kind`}
          name="kind"
          label="Kind"
          defaultValue={v.kind ?? lesson?.kind ?? "text"}
          options={[
            { value: "text", label: "Text" },
            { value: "video", label: "Video" },
          ]}
        />
        <TextField id={`${key}-minutes`} name="duration_minutes" label="Minutes (optional)" inputMode="numeric" defaultValue={v.duration_minutes ?? (lesson?.duration_minutes != null ? String(lesson.duration_minutes) : "")} error={e.duration_minutes} />
      </FieldRow>
      <TextField id={`${key}-video`} name="video_url" label="Video address" hint="For a video lesson: the https:// address of the video (YouTube, Vimeo or a file)." type="url" defaultValue={v.video_url ?? lesson?.video_url ?? ""} error={e.video_url} />
      <TextAreaField
        id={`${key}-body`}
        name="body"
        label="Text"
        hint="Markdown: ## headings, lists, [links](https://…), > [!TIP] callouts. Raw HTML and scripts are removed before learners see it."
        rows={8}
        maxLength={100000}
        defaultValue={v.body ?? lesson?.body ?? ""}
        error={e.body}
      />
      <CheckboxField id={`${key}-preview`} name="is_free_preview" label="Free preview: anyone can open this lesson" defaultChecked={v.is_free_preview !== undefined ? !!v.is_free_preview : (lesson?.is_free_preview ?? false)} />
      <SubmitButton pendingText="Saving…" testId={lesson ? `vendor-lesson-save-${lesson.id}` : `vendor-lesson-add-${sectionId}`} variant={lesson ? "primary" : "secondary"}>
        {lesson ? "Save lesson" : "Add lesson"}
      </SubmitButton>
    </form>
  )
}
