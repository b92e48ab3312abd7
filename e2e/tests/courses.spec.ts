import { readFile } from "node:fs/promises"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { fillSignInForm, registerThroughForm, uniqueEmail } from "../support/accounts"
import { adminHeaders, confirmedOrderId, payOnPaystack } from "../support/checkout"
import { COMMERCE, STOREFRONT } from "../support/urls"

const COURSE = { handle: "write-your-first-book", title: "Write Your First Book", lessons: 4 }

/**
 * The demo course's last lesson ends with the seeded quiz instead of "Mark
 * complete": a miss shows the score and which questions were wrong and
 * completes nothing; the right answers pass it, which finishes the course.
 */
async function failThenPassQuiz(page: Page) {
  const quiz = page.getByTestId("lesson-quiz")
  await expect(page.getByTestId("complete-lesson")).toHaveCount(0)
  const answer = async (choices: string[]) => {
    for (const choice of choices) await quiz.getByLabel(choice, { exact: true }).check()
    await quiz.getByTestId("quiz-submit").click()
  }
  await answer(["A week-long writing retreat", "In your head", "Write only on weekends"])
  await expect(quiz.getByTestId("quiz-result")).toContainText("0 of 3 right (0%). You need 66% to pass.")
  await expect(quiz.getByTestId("quiz-question-result")).toHaveText(Array(3).fill("✗ Not quite: try this one again."))
  await expect(page.getByTestId("course-progress")).toHaveAttribute("data-percent", "75")
  await answer(["Small daily pages", "On paper", "Write before breakfast", "Never skip twice in a row"])
}

test("a reader buys a course with Paystack, completes every lesson and gets a certificate anyone can verify", async ({ page }) => {
  const email = uniqueEmail("learner")
  await registerThroughForm(page, { email, password: "course-password", firstName: "Amaka", lastName: "Eze" })

  await page.goto("/ng/courses")
  await page.getByTestId("course-card").filter({ hasText: COURSE.title }).getByRole("link").click()
  await expect(page.getByTestId("course-title")).toHaveText(COURSE.title)
  await expect(page.getByTestId("course-price")).toContainText("₦45,000")
  await expect(page.getByTestId("outline-lesson")).toHaveCount(COURSE.lessons)
  await page.getByTestId("buy-course").click()

  // A course needs no address or delivery.
  await expect(page).toHaveURL(/\/ng\/checkout$/)
  await expect(page.getByTestId("step-email-summary")).toHaveText(email)
  await expect(page.getByTestId("step-delivery")).toHaveCount(0)
  await payOnPaystack(page, "pay")
  await confirmedOrderId(page)

  // Enrolled by commerce on order.placed: the account lists the course at 0%.
  await expect(async () => {
    await page.goto("/ng/account/courses")
    await expect(page.getByTestId("my-course")).toHaveCount(1, { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByTestId("course-progress")).toHaveAttribute("data-percent", "0")
  await page.getByTestId("resume-course").click()

  for (let done = 1; done <= COURSE.lessons; done++) {
    await expect(page.getByTestId("lesson-page")).toBeVisible()
    const lessonUrl = page.url()
    if (done === COURSE.lessons) await failThenPassQuiz(page)
    else await page.getByTestId("complete-lesson").click()
    if (done < COURSE.lessons) await expect(page.getByTestId("course-progress")).toHaveAttribute("data-percent", String(Math.floor((done * 100) / COURSE.lessons)))
    if (done === 2) {
      // Leave halfway: the account resumes at the first lesson not yet done, where "Mark complete" moved on to.
      await expect(page).not.toHaveURL(lessonUrl)
      const third = page.url()
      const thirdTitle = await page.getByTestId("lesson-title").textContent()
      await page.goto("/ng/account/courses")
      await expect(page.getByTestId("course-progress")).toHaveAttribute("data-percent", "50")
      await expect(page.getByTestId("resume-course")).toHaveText("Continue where you left off")
      await page.getByTestId("resume-course").click()
      await expect(page).toHaveURL(third)
      await expect(page.getByTestId("lesson-title")).toHaveText(thirdTitle!)
      await expect(page.getByTestId("previous-lesson")).toBeVisible()
    }
  }
  await expect(page).toHaveURL(/\/ng\/account\/courses/)
  await expect(page.getByTestId("course-progress")).toHaveAttribute("data-percent", "100")

  const download = page.waitForEvent("download")
  await page.getByTestId("download-certificate").click()
  const file = await download
  const bytes = await readFile((await file.path())!)
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")
  // The text a PDF reader shows (the certificate's fonts are embedded and compressed, so not the raw bytes).
  const { extractText, getDocumentProxy } = await import("unpdf")
  const pdf = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text
  expect(pdf).toContain("Amaka Eze")
  expect(pdf).toContain(COURSE.title)
  const issuedOn = /Issued on (\d{1,2} [A-Z][a-z]+ \d{4}) by /.exec(pdf)?.[1]
  expect(issuedOn).toBeTruthy()
  const verificationUrl = /Verify it at (\S+\/certificates\/[A-Z2-9]{16})/.exec(pdf)?.[1]
  expect(verificationUrl?.startsWith(`${STOREFRONT}/certificates/`)).toBe(true)
  expect(verificationUrl).toBeTruthy()

  // Finishing the course earns its badge: joining the community afterwards, the reader's profile shows it in words.
  await page.goto("/ng/community/me")
  await page.getByLabel("Display name").fill("Amaka E")
  await page.getByTestId("member-submit").click()
  await page.getByRole("link", { name: "See your public profile" }).click()
  // On the profile before reloading it (a reload racing the client navigation reloads the settings page).
  await page.waitForURL(/\/ng\/community\/members\/[^/]+$/)
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole("list", { name: "Badges" })).toContainText("Course graduate", { timeout: 1000 })
  }).toPass({ timeout: 15_000 })

  // The URL printed on the certificate opens the public check: name, course and date, nothing else.
  await page.context().clearCookies()
  await page.goto(verificationUrl!)
  await expect(page.getByTestId("certificate-valid")).toBeVisible()
  await expect(page.getByTestId("certificate-name")).toHaveText("Amaka Eze")
  await expect(page.getByTestId("certificate-course")).toHaveText(COURSE.title)
  await expect(page.getByTestId("certificate-date")).toHaveText(issuedOn!)
  await expect(page.getByTestId("certificate-check")).not.toContainText(email)
})

test("a visitor reads free previews but not the paid lessons", async ({ page }) => {
  await page.goto(`/ng/courses/${COURSE.handle}`)
  const lessons = page.getByTestId("outline-lesson")
  await lessons.first().getByRole("link").click()
  await expect(page.getByTestId("preview-notice")).toBeVisible()
  await expect(page.getByTestId("lesson-body")).not.toBeEmpty()
})

test("staff create a course with three lessons through the admin API and it appears on the storefront", async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const handle = `course-${Date.now()}`
  const title = `Editing Workshop ${Date.now()}`
  const created = await request.post(`${COMMERCE}/admin/courses`, { headers, data: { title, handle, description: "Revise with care." } })
  expect(created.status()).toBe(201)
  const id = (await created.json()).course.id
  const section = await (await request.post(`${COMMERCE}/admin/courses/${id}/sections`, { headers, data: { title: "Revising" } })).json()
  for (const lesson of ["Read it aloud", "Cut a tenth", "Ask three readers"]) {
    const res = await request.post(`${COMMERCE}/admin/courses/${id}/lessons`, { headers, data: { section_id: section.section_id, title: lesson, kind: "text", body: lesson } })
    expect(res.status()).toBe(201)
  }
  await page.goto("/ng/courses")
  await expect(page.getByText(title)).toHaveCount(0)
  expect((await request.post(`${COMMERCE}/admin/courses/${id}`, { headers, data: { status: "published" } })).ok()).toBe(true)

  // Commerce tells the storefront (tags courses and course:<handle>): no rebuild, no waiting out the cache.
  await expect(async () => {
    await page.goto("/ng/courses")
    await expect(page.getByText(title)).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 10_000 })
  await page.getByText(title).click()
  await expect(page.getByTestId("outline-lesson")).toHaveCount(3)
})

test("signing in from a course page comes back to the course, not the account", async ({ page }) => {
  const course = `/ng/courses/${COURSE.handle}`
  await page.goto(course)
  // The header's "Sign in" carries the page; so does the course's own "Already enrolled? Sign in".
  await expect(page.getByTestId("course-sign-in")).toHaveAttribute("href", `/ng/account/login?next=${encodeURIComponent(course)}`)
  const signIn = page.getByTestId("account-link")
  await expect(signIn).toHaveText("Sign in")
  await signIn.click()
  await expect(page).toHaveURL(`/ng/account/login?next=${encodeURIComponent(course)}`)
  await fillSignInForm(page, "reader@example.com", "supersecret")
  await expect(page).toHaveURL(course, { timeout: 30_000 })
  await expect(page.getByTestId("course-title")).toHaveText(COURSE.title)
  await expect(page.getByTestId("account-link")).toHaveText("Account")
})

/** Staff give the demo course's first paid lesson rich text and a PDF worksheet through the admin API: its id and the worksheet's bytes. */
async function writeRichLesson(request: APIRequestContext) {
  const headers = await adminHeaders(request)
  const { courses } = await (await request.get(`${COMMERCE}/admin/courses`, { headers })).json()
  const { course } = await (await request.get(`${COMMERCE}/admin/courses/${courses.find((c: { handle: string }) => c.handle === COURSE.handle).id}`, { headers })).json()
  const lesson = course.sections.flatMap((s: { lessons: { id: string; is_free_preview: boolean }[] }) => s.lessons).find((l: { is_free_preview: boolean }) => !l.is_free_preview)
  const body = [
    "## Your outline in one page",
    "Write one sentence per chapter <script>document.title = 'hacked'</script>:",
    "- what happens",
    "- why it matters",
    "```",
    "Chapter 1: The blank page that would not stay blank, and the reader who writes to you about it years later",
    "```",
    "> [!TIP]",
    "> If a chapter needs two sentences, it is two chapters.",
    "",
    ...(course.cover_url ? [`![The course cover](${course.cover_url})`] : []),
  ].join("\n")
  expect((await request.post(`${COMMERCE}/admin/courses/${course.id}/lessons/${lesson.id}`, { headers, data: { body, duration_minutes: 15 } })).ok()).toBe(true)
  const pdf = Buffer.from("%PDF-1.4\n% An honest outline: worksheet\n%%EOF\n")
  const uploaded = await request.post(`${COMMERCE}/admin/courses/${course.id}/lessons/${lesson.id}/attachments`, {
    headers: { ...headers, "content-type": "application/pdf" },
    params: { filename: "Outline worksheet.pdf" },
    data: pdf,
  })
  expect(uploaded.status()).toBe(201)
  return { lessonId: lesson.id as string, pdf }
}

test("an enrolled reader sees Continue on the course page, and a second purchase is refused with commerce's reason", async ({ page, context, request }) => {
  await registerThroughForm(page, { email: uniqueEmail("enrolled"), password: "enrolled-password", firstName: "Tobi", lastName: "Ade" })
  const course = `/ng/courses/${COURSE.handle}`

  // Another tab opened on the course before buying it: it still offers "Buy this course".
  const stale = await context.newPage()
  const asked = stale.waitForResponse((res) => res.url().endsWith(`/api/courses/${COURSE.handle}/enrollment`))
  await stale.goto(course)
  expect((await asked).ok()).toBe(true)
  await expect(stale.getByTestId("buy-course")).toBeVisible()
  await expect(stale.getByTestId("continue-course")).toHaveCount(0)

  await page.goto(course)
  await page.getByTestId("buy-course").click()
  await expect(page).toHaveURL(/\/ng\/checkout$/)
  await payOnPaystack(page, "pay")
  await confirmedOrderId(page)
  await expect(page.getByTestId("start-course")).toHaveAttribute("href", new RegExp(`^/ng/learn/${COURSE.handle}/`))

  // Enrolled on order.placed: the course page offers Continue, at the first lesson, and no way to buy it.
  await expect(async () => {
    await page.goto(course)
    await expect(page.getByTestId("continue-course")).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 20_000 })
  await expect(page.getByTestId("course-enrolled")).toContainText("You are enrolled: 0% done.")
  await expect(page.getByTestId("buy-course")).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Buy this course" })).toHaveCount(0)
  await page.getByTestId("continue-course").click()
  await expect(page).toHaveURL(new RegExp(`/ng/learn/${COURSE.handle}/[^/]+$`))
  await expect(page.getByTestId("lesson-page")).toBeVisible()
  await expect(page.getByTestId("preview-notice")).toHaveCount(0)

  // A lesson staff wrote in Markdown: headings, lists, code and a callout, sanitised; its worksheet downloads as uploaded.
  const { lessonId, pdf } = await writeRichLesson(request)
  await page.goto(`/ng/learn/${COURSE.handle}/${lessonId}`)
  const text = page.getByTestId("lesson-body")
  await expect(text.getByRole("heading", { level: 2, name: "Your outline in one page" })).toBeVisible()
  await expect(text.locator("li")).toHaveText(["what happens", "why it matters"])
  await expect(text.locator(".callout-tip")).toContainText("If a chapter needs two sentences")
  await expect(text.locator("script")).toHaveCount(0)
  await expect(page).not.toHaveTitle("hacked")
  await expect(page.getByTestId("lesson-duration")).toHaveText("Reading · 15 min")
  const attachment = page.getByTestId("lesson-attachment")
  await expect(attachment).toContainText("Outline worksheet.pdf")
  const downloading = page.waitForEvent("download")
  await attachment.getByTestId("download-attachment").click()
  const worksheet = await downloading
  expect(worksheet.suggestedFilename()).toMatch(/^Outline.worksheet\.pdf$/)
  expect((await readFile((await worksheet.path())!)).equals(pdf)).toBe(true)
  // The download leaves the lesson open and the button ready for another.
  await expect(attachment.getByTestId("download-attachment")).toHaveText("Download")

  // The old tab's "Buy this course": the cart refuses it, and the reader reads why, where they clicked.
  await stale.getByTestId("buy-course").click()
  await expect(stale.getByTestId("buy-course-form")).toContainText(`You are already enrolled in "${COURSE.title}": continue it from your courses.`)
  await expect(stale).toHaveURL(course)
  await stale.goto("/ng/cart")
  await expect(stale.getByTestId("cart-line")).toHaveCount(0)
  await stale.goto(course)
  await expect(stale.getByTestId("continue-course")).toBeVisible()
})
