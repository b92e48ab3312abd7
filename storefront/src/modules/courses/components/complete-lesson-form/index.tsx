"use client"

import { useActionState } from "react"
import { completeLessonAction } from "@/lib/actions/courses"
import Alert from "@/modules/common/components/alert"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

type Props = { countryCode: string; handle: string; enrollmentId: string; lessonId: string; nextLessonId: string | null; done: boolean }

/** "Mark complete": saves the lesson and moves on to the next one. */
export default function CompleteLessonForm({ countryCode, handle, enrollmentId, lessonId, nextLessonId, done }: Props) {
  const [state, action] = useActionState(completeLessonAction, null)
  return (
    <form action={action} className={formClass} data-testid="complete-lesson-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="handle" value={handle} />
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="nextLessonId" value={nextLessonId ?? ""} />
      <FormMessage state={state} />
      {done ? (
        <Alert tone="success" as="p" live="none" testId="lesson-done">
          ✓ You have completed this lesson.
        </Alert>
      ) : (
        <SubmitButton pendingText="Saving…" testId="complete-lesson" size="lg">
          {nextLessonId ? "Mark complete and continue" : "Mark complete"}
        </SubmitButton>
      )}
    </form>
  )
}
