"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { createAttachmentLink } from "../data/lesson-attachments"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

/** A download's outcome: the five-minute link to follow, or why there is none. */
export type AttachmentLinkState = (NonNullable<FormState> & { url?: string }) | null

/**
 * "Download" on a lesson's attachment: asks commerce for a five-minute link,
 * which the button then follows (a file download leaves the page where it
 * is, so the button is ready again). The link is made only when asked for,
 * so it never sits in a cached page.
 */
export async function downloadLessonAttachment(_prev: AttachmentLinkState, formData: FormData): Promise<AttachmentLinkState> {
  const countryCode = countryFromForm(formData)
  const back = String(formData.get("back") ?? "")
  if (!(await getAuthToken())) {
    redirect(`/${countryCode}/account/login?${new URLSearchParams(back.startsWith(`/${countryCode}/learn/`) ? { next: back } : {})}`)
  }
  const enrollmentId = String(formData.get("enrollmentId") ?? "")
  const attachmentId = String(formData.get("attachmentId") ?? "")
  if (!enrollmentId || !attachmentId) return { ok: false, message: "Choose a file to download." }
  let url: string
  try {
    url = (await createAttachmentLink(enrollmentId, attachmentId)).url
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return { ok: false, message: "Your session has ended. Please sign in again." }
    if (status === 404) return { ok: false, message: "This file is not available any more. Reload the lesson for its current downloads." }
    if (status === 410) return { ok: false, message: "Your access to this course has ended, and its downloads with it." }
    console.error(`[courses] attachment link for ${attachmentId} refused: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: "Your download could not be prepared just now. Please try again in a moment." }
  }
  if (!/^https?:\/\//.test(url)) return { ok: false, message: "Your download could not be prepared just now. Please try again in a moment." }
  return { ok: true, url }
}
