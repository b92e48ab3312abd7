"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { createDownloadLink, type EbookFormat } from "../data/library"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

/**
 * "Download": asks commerce for a link to one of the reader's ebooks and
 * sends the browser to it. The link is valid for minutes and is made only
 * when asked for, so it never sits in a page.
 */
export async function downloadEbook(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  if (!(await getAuthToken())) redirect(`/${countryCode}/account/login?${new URLSearchParams({ next: `/${countryCode}/account/library` })}`)
  const itemId = String(formData.get("itemId") ?? "")
  if (!itemId) return { ok: false, message: "Choose an ebook to download." }
  const chosen = formData.get("format")
  const format = chosen === "epub" || chosen === "pdf" ? (chosen as EbookFormat) : undefined
  let url: string
  try {
    url = (await createDownloadLink(itemId, format)).url
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return { ok: false, message: "Your session has ended. Please sign in again." }
    if (status === 404) return { ok: false, message: "This ebook is not in your library." }
    console.error(`[library] download link for ${itemId} refused: ${status ?? "no answer"} ${message}`)
    return { ok: false, message: "Your download could not be prepared just now. Please try again in a moment." }
  }
  if (!/^https?:\/\//.test(url)) return { ok: false, message: "Your download could not be prepared just now. Please try again in a moment." }
  redirect(url)
}
