"use client"

import { useParams } from "next/navigation"
import { useActionState, useEffect, useState } from "react"
import { REVIEW_LIMITS } from "@/lib/actions/review-input"
import { saveReviewAction } from "@/lib/actions/reviews"
import type { MyReview } from "@/lib/data/reviews"
import { VerifyEmailPrompt } from "@/modules/account/components/email-verification"
import { useVisitor } from "@/modules/account/hooks/use-visitor"
import TextField, { TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

type Mine = MyReview & { signed_in: boolean; email_verified?: boolean }

/**
 * Write or edit your review: only for a signed-in reader (the cached page
 * holds nothing per visitor), and only one who bought the book. A save
 * answers with the page re-rendered, showing the new average.
 */
export default function ReviewForm({ productId }: { productId: string }) {
  const visitor = useVisitor()
  const [mine, setMine] = useState<Mine | null>(null)
  const [state, action] = useActionState(saveReviewAction, null)
  const signedIn = !!visitor?.customer
  const { countryCode } = useParams<{ countryCode: string }>()

  useEffect(() => {
    if (!signedIn) return
    fetch(`/api/reviews/${productId}/mine`, { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<Mine>) : null))
      .then(setMine, () => setMine(null))
  }, [signedIn, productId, state?.ok])

  if (!signedIn || !mine?.signed_in) return null
  if (!mine.review && !mine.can_review) {
    return <p className={styles.note} data-testid="review-not-buyer">Only readers who bought this book can review it.</p>
  }
  if (mine.email_verified === false) return <VerifyEmailPrompt countryCode={countryCode} doing="write a review" />
  const editing = !!mine.review
  const values = state?.values ?? (mine.review ? { rating: String(mine.review.rating), title: mine.review.title ?? "", body: mine.review.body } : undefined)
  return (
    <form action={action} noValidate className={styles.form} data-testid="review-form" key={mine.review?.updated_at ?? "new"}>
      <h3 className={styles.heading}>{editing ? "Edit your review" : "Write a review"}</h3>
      {mine.review?.status === "hidden" && <p className={styles.note}>Your review is hidden from the shop.</p>}
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="mode" value={editing ? "edit" : "create"} />
      <FormMessage state={state} />
      <fieldset className={styles.stars} aria-describedby={state?.errors?.rating ? "review-rating-error" : undefined}>
        <legend>Your rating</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={styles.star}>
            <input type="radio" name="rating" value={n} defaultChecked={values?.rating === String(n)} data-testid={`review-rating-${n}`} />
            <span>{n} {n === 1 ? "star" : "stars"}</span>
          </label>
        ))}
        {state?.errors?.rating && (
          <p id="review-rating-error" role="alert" className={styles.error}>
            {state.errors.rating}
          </p>
        )}
      </fieldset>
      <TextField name="title" label="Title (optional)" maxLength={REVIEW_LIMITS.titleMax} defaultValue={values?.title ?? ""} error={state?.errors?.title} />
      <TextAreaField
        name="body"
        label="Your review"
        rows={5}
        maxLength={REVIEW_LIMITS.bodyMax}
        hint={`Plain text, ${REVIEW_LIMITS.bodyMin} to ${REVIEW_LIMITS.bodyMax} characters.`}
        defaultValue={values?.body ?? ""}
        error={state?.errors?.body}
      />
      <SubmitButton pendingText="Saving…" testId="review-submit">
        {editing ? "Save changes" : "Publish review"}
      </SubmitButton>
    </form>
  )
}
