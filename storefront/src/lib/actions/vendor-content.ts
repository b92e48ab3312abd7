"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { vendorFetch } from "../data/vendor-portal"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

const ids = z.object({
  countryCode: z.string().regex(/^[a-z]{2}$/).catch("ng"),
  id: z.string().regex(/^prod_\w+$/),
})

/** Runs one change to the vendor's ebook or course in commerce, and says how it went in the form's terms. */
async function change(formData: FormData, path: (id: string) => string, init: { method: string; body?: unknown }, done: string, values: Record<string, string> = {}): Promise<FormState> {
  const parsed = ids.safeParse({ countryCode: formData.get("countryCode"), id: formData.get("id") })
  if (!parsed.success) return { ok: false, message: "This product is not yours to change.", values }
  try {
    await vendorFetch(`/vendors/me/products/${parsed.data.id}${path(parsed.data.id)}`, init)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return { ok: false, message: "Your vendor session has ended: sign in again.", values }
    if (status && status >= 400 && status < 500) return { ok: false, message: message.replace(/^Invalid request:\s*/, ""), values }
    console.error(`[vendor-portal] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
  }
  revalidatePath(`/${parsed.data.countryCode}/vendor/products/${parsed.data.id}`)
  return { ok: true, message: done }
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()
const segment = (formData: FormData, name: string) => encodeURIComponent(text(formData, name))

/** Removes one format's file of the vendor's ebook. */
export async function removeVendorEbookFileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const format = text(formData, "format") === "pdf" ? "pdf" : "epub"
  return change(formData, () => `/ebook-file/${format}`, { method: "DELETE" }, `The ${format.toUpperCase()} file is removed.`)
}

/** Adds a section to the vendor's course (the course is made with the first one). */
export async function addVendorSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { title: text(formData, "title") }
  if (!values.title) return { ok: false, message: "Give the section a title.", values }
  return change(formData, () => "/course/sections", { method: "POST", body: values }, "Section added.", values)
}

/** Renames a section. */
export async function renameVendorSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { title: text(formData, "title") }
  if (!values.title) return { ok: false, message: "Give the section a title.", values }
  return change(formData, () => `/course/sections/${segment(formData, "section_id")}`, { method: "POST", body: values }, "Section renamed.", values)
}

/** Removes a section with its lessons. */
export async function deleteVendorSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return change(formData, () => `/course/sections/${segment(formData, "section_id")}`, { method: "DELETE" }, "Section removed.")
}

/** Adds a lesson, or saves one (with `lesson_id`): staff's fields and rules, checked by commerce. */
export async function saveVendorLessonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = {
    title: text(formData, "title"),
    kind: text(formData, "kind") === "video" ? "video" : "text",
    video_url: text(formData, "video_url"),
    body: String(formData.get("body") ?? ""),
    duration_minutes: text(formData, "duration_minutes"),
    is_free_preview: formData.get("is_free_preview") ? "on" : "",
  }
  const errors: Record<string, string> = {}
  if (!values.title) errors.title = "Give the lesson a title."
  if (values.kind === "video" && !values.video_url) errors.video_url = "A video lesson needs the video's address (https://…)."
  const minutes = values.duration_minutes ? Number(values.duration_minutes) : null
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)) errors.duration_minutes = "Minutes must be a whole number from 0 to 1440."
  if (Object.keys(errors).length) return { ok: false, errors, values }
  const lessonId = text(formData, "lesson_id")
  const body = {
    title: values.title,
    kind: values.kind,
    video_url: values.video_url || null,
    body: values.body || null,
    duration_minutes: minutes,
    is_free_preview: !!values.is_free_preview,
    ...(lessonId ? {} : { section_id: text(formData, "section_id") }),
  }
  const path = lessonId ? `/course/lessons/${encodeURIComponent(lessonId)}` : "/course/lessons"
  return change(formData, () => path, { method: "POST", body }, lessonId ? "Lesson saved." : "Lesson added.", values)
}

/** Removes a lesson (and its attachments). */
export async function deleteVendorLessonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return change(formData, () => `/course/lessons/${segment(formData, "lesson_id")}`, { method: "DELETE" }, "Lesson removed.")
}

/** Moves a lesson one place up or down within its section. */
export async function moveVendorLessonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const order = text(formData, "order").split(",").filter(Boolean)
  const from = order.indexOf(text(formData, "lesson_id"))
  const to = from + (text(formData, "direction") === "up" ? -1 : 1)
  if (from < 0 || to < 0 || to >= order.length) return { ok: false, message: "That lesson cannot move further." }
  ;[order[from], order[to]] = [order[to], order[from]]
  return change(formData, () => `/course/sections/${segment(formData, "section_id")}/lesson-order`, { method: "POST", body: { lesson_ids: order } }, "Lesson moved.")
}
