"use client"

import { useActionState } from "react"
import { buyCourse } from "@/lib/actions/courses"
import { formClass } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** "Buy this course": into the cart and on to checkout (signing in first when needed). */
export default function BuyCourseForm({ countryCode, handle, variantId }: { countryCode: string; handle: string; variantId: string }) {
  const [state, action] = useActionState(buyCourse, null)
  return (
    <form action={action} className={formClass} data-testid="buy-course-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="handle" value={handle} />
      <input type="hidden" name="variantId" value={variantId} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Adding…" testId="buy-course" size="lg">
        Buy this course
      </SubmitButton>
    </form>
  )
}
