import { afterEach, describe, expect, it, vi } from "vitest"
import { json, redirectTarget } from "./checkout-commerce"
import { cookieJar } from "./cookie-jar"

const TOKEN = "h.eyJhY3Rvcl9pZCI6ImN1c18xIn0.s"
const enrollment = (handle: string, status: string, next: string) => ({
  id: `enr_${handle}_${status}`,
  status,
  course: { handle },
  progress: { next_lesson_id: next, percent: 25 },
})

/** A fake commerce: cus_1 is enrolled in "write" (les_2 next); "secret" is a draft. */
function commerce() {
  const calls: { method: string; path: string; auth: string | null; init: RequestInit }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    const auth = new Headers(init.headers).get("authorization")
    calls.push({ method: init.method ?? "GET", path: url.pathname, auth, init })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/courses/write") return json({ course: { id: "crs_1", handle: "write" } })
    if (url.pathname.startsWith("/store/courses/")) {
      if (url.pathname.endsWith("/lessons/les_paid")) return auth ? json({ message: "Enrol first" }, 403) : json({ message: "Sign in" }, 401)
      return json({ type: "not_found", message: "No published course" }, 404)
    }
    if (url.pathname === "/store/customers/me/courses") {
      return auth ? json({ enrollments: [enrollment("write", "revoked", "les_1"), enrollment("write", "active", "les_2")] }) : json({ message: "Unauthorized" }, 401)
    }
    if (url.pathname === "/store/customers/me/courses/enr_1/lessons/les_4/complete") return json({ status: "completed", progress: {}, certificate_code: "ABCDEFGHJKLMNPQR" })
    if (url.pathname === "/store/customers/me/courses/enr_1/lessons/les_1/complete") return json({ status: "active", progress: {}, certificate_code: null })
    if (url.pathname.includes("/store/customers/me/courses/")) return json({ message: "No enrollment of yours" }, 404)
    if (url.pathname === "/store/course-certificates/REVOKEDCERTCODE2") {
      return json({ message: "Certificate REVOKEDCERTCODE2 was revoked", certificate: { code: "REVOKEDCERTCODE2", revoked: true } }, 410)
    }
    if (url.pathname === "/store/course-certificates/ABCDEFGHJKLMNPQR") {
      return json({ certificate: { code: "ABCDEFGHJKLMNPQR", learner_name: "Ada Obi", course_title: "Write", issued_at: "2026-11-22T00:00:00Z" } })
    }
    return json({ type: "not_found", message: "Not found" }, 404)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: TOKEN })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return { ...(await import("../data/courses")), ...(await import("../actions/courses")) }
}

const completeForm = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [k, v] of Object.entries({ countryCode: "ng", handle: "write", enrollmentId: "enr_1", ...fields })) form.set(k, v)
  return form
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("course data", () => {
  it("caches a public course under the tags commerce expires, and answers null for a draft", async () => {
    const fake = commerce()
    const { retrieveCourse } = await load(fake)
    expect(await retrieveCourse("write")).toMatchObject({ id: "crs_1" })
    const call = fake.calls.find((c) => c.path === "/store/courses/write")!
    expect((call.init as { next?: { tags?: string[] } }).next?.tags).toEqual(["courses", "course:write"])
    expect(call.auth).toBeNull()
    expect(await retrieveCourse("secret")).toBeNull()
  })

  it("asks for a lesson with the learner's token, never from the shared cache, and passes 403 on", async () => {
    const fake = commerce()
    const { retrieveLesson } = await load(fake)
    await expect(retrieveLesson("write", "les_paid")).rejects.toMatchObject({ status: 403 })
    const call = fake.calls.find((c) => c.path.endsWith("/les_paid"))!
    expect(call.auth).toBe(`Bearer ${TOKEN}`)
    expect(call.init.cache).toBe("no-store")
  })

  it("picks the learner's live enrollment in a course over a revoked one", async () => {
    const { retrieveEnrollmentForCourse } = await load(commerce())
    expect(await retrieveEnrollmentForCourse("write")).toMatchObject({ status: "active", progress: { next_lesson_id: "les_2" } })
    expect(await retrieveEnrollmentForCourse("other")).toBeNull()
  })

  it("verifies a certificate by code, and never asks commerce about a malformed one", async () => {
    const fake = commerce()
    const { verifyCertificate } = await load(fake, cookieJar())
    expect(await verifyCertificate("ABCDEFGHJKLMNPQR")).toMatchObject({ learner_name: "Ada Obi" })
    expect(await verifyCertificate("ABCDEFGHJKLMNPQS")).toBeNull()
    expect(await verifyCertificate("../../admin")).toBeNull()
    expect(fake.calls.filter((c) => c.path.includes("course-certificates"))).toHaveLength(2)
  })
})

describe("course access and certificates, per visitor", () => {
  it("tells the course page a learner is enrolled, where to continue, and never from the shared cache", async () => {
    const fake = commerce()
    const { retrieveCourseAccess } = await load(fake)
    expect(await retrieveCourseAccess("write")).toEqual({ signedIn: true, enrollment: { status: "active", next_lesson_id: "les_2", percent: 25 } })
    expect(await retrieveCourseAccess("other")).toEqual({ signedIn: true, enrollment: null })
    const call = fake.calls.find((c) => c.path === "/store/customers/me/courses")!
    expect(call.auth).toBe(`Bearer ${TOKEN}`)
    expect(call.init.cache).toBe("no-store")
  })

  it("reads a visitor without a session as signed out, without asking commerce", async () => {
    const fake = commerce()
    const { retrieveCourseAccess } = await load(fake, cookieJar())
    expect(await retrieveCourseAccess("write")).toEqual({ signedIn: false, enrollment: null })
    expect(fake.calls.filter((c) => c.path.includes("/customers/me"))).toEqual([])
  })

  it("says a revoked certificate was revoked", async () => {
    const { verifyCertificate } = await load(commerce())
    expect(await verifyCertificate("REVOKEDCERTCODE2")).toEqual({ code: "REVOKEDCERTCODE2", revoked: true })
  })
})

describe("completeLessonAction", () => {
  it("moves on to the next lesson, and to the learner's courses after the last one", async () => {
    const { completeLessonAction } = await load(commerce())
    expect(await redirectTarget(completeLessonAction(null, completeForm({ lessonId: "les_1", nextLessonId: "les_2" })))).toBe("/ng/learn/write/les_2")
    expect(await redirectTarget(completeLessonAction(null, completeForm({ lessonId: "les_4", nextLessonId: "" })))).toBe(
      "/ng/account/courses?completed=write"
    )
  })

  it("says so when the enrollment is not the learner's", async () => {
    const { completeLessonAction } = await load(commerce())
    expect(await completeLessonAction(null, completeForm({ enrollmentId: "enr_someone_elses", lessonId: "les_1" }))).toEqual({
      ok: false,
      message: "This lesson is not part of your course.",
    })
  })

  it("sends a visitor who is not signed in to sign in, without asking commerce", async () => {
    const fake = commerce()
    const { completeLessonAction } = await load(fake, cookieJar())
    expect(await redirectTarget(completeLessonAction(null, completeForm({ lessonId: "les_1" })))).toBe(
      "/ng/account/login?next=%2Fng%2Flearn%2Fwrite%2Fles_1"
    )
    expect(fake.calls.filter((c) => c.path.includes("/complete"))).toEqual([])
  })
})
