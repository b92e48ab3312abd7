import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"
import { fakeCommerce, form, json, useFakeCommerce, type Call } from "./fake-commerce"

async function load(answer: (call: Call) => Response = () => json({ course: null })) {
  const fake = fakeCommerce(answer)
  useFakeCommerce(fake, cookieJar({ vendor_session: "vendor-token" }))
  const revalidatePath = vi.fn()
  vi.doMock("next/cache", () => ({ revalidatePath }))
  return { fake, revalidatePath, actions: await import("../actions/vendor-content") }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.doUnmock("next/cache")
  vi.restoreAllMocks()
})

describe("vendor course and ebook actions", () => {
  it("adds a lesson with staff's fields to the vendor's own course, and refreshes the product page", async () => {
    const { fake, revalidatePath, actions } = await load()
    const fields = { id: "prod_1", section_id: "csec_1", title: " Welcome ", kind: "video", video_url: "https://v.example/1", body: "Hi **there**", duration_minutes: "12", is_free_preview: "on" }
    expect(await actions.saveVendorLessonAction(null, form(fields))).toEqual({ ok: true, message: "Lesson added." })
    expect(fake.calls.map((c) => [c.method, c.path, c.body, c.headers.get("authorization")])).toEqual([
      [
        "POST",
        "/vendors/me/products/prod_1/course/lessons",
        { title: "Welcome", kind: "video", video_url: "https://v.example/1", body: "Hi **there**", duration_minutes: 12, is_free_preview: true, section_id: "csec_1" },
        "Bearer vendor-token",
      ],
    ])
    expect(revalidatePath).toHaveBeenCalledWith("/ng/vendor/products/prod_1")
  })

  it("names missing fields before asking commerce, and shows commerce's refusal in its own words", async () => {
    const { fake, actions } = await load(() => json({ message: "Invalid request: video_url must be an http(s) URL" }, 400))
    const missing = await actions.saveVendorLessonAction(null, form({ id: "prod_1", section_id: "csec_1", title: "", kind: "video", duration_minutes: "-3" }))
    expect(missing?.errors).toEqual({ title: "Give the lesson a title.", video_url: "A video lesson needs the video's address (https://…).", duration_minutes: "Minutes must be a whole number from 0 to 1440." })
    expect(fake.calls).toEqual([])
    const refused = await actions.saveVendorLessonAction(null, form({ id: "prod_1", lesson_id: "les_1", title: "Watch", kind: "video", video_url: "ftp://x" }))
    expect(refused).toMatchObject({ ok: false, message: "video_url must be an http(s) URL" })
    expect(fake.calls.map((c) => [c.method, c.path])).toEqual([["POST", "/vendors/me/products/prod_1/course/lessons/les_1"]])
  })

  it("moves a lesson by sending the section's whole new order; refuses a product id that is not one", async () => {
    const { fake, actions } = await load()
    const moved = await actions.moveVendorLessonAction(null, form({ id: "prod_1", section_id: "csec_1", lesson_id: "les_b", order: "les_a,les_b,les_c", direction: "up" }))
    expect(moved).toEqual({ ok: true, message: "Lesson moved." })
    expect(fake.calls.map((c) => [c.path, c.body])).toEqual([["/vendors/me/products/prod_1/course/sections/csec_1/lesson-order", { lesson_ids: ["les_b", "les_a", "les_c"] }]])
    expect(await actions.moveVendorLessonAction(null, form({ id: "prod_1", section_id: "csec_1", lesson_id: "les_a", order: "les_a,les_b", direction: "up" }))).toEqual({ ok: false, message: "That lesson cannot move further." })
    expect(await actions.removeVendorEbookFileAction(null, form({ id: "../admin", format: "epub" }))).toEqual({ ok: false, message: "This product is not yours to change.", values: {} })
    expect(fake.calls).toHaveLength(1)
  })
})
