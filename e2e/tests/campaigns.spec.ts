import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { CMS } from "../support/urls"

// The local inbox the stack sends the cms's email to (tools/inbox; E2E_INBOX_PORT).
const INBOX = process.env.E2E_INBOX_URL || "http://localhost:9102"
const EDITOR = { email: "editor@example.com", password: "supersecret" }

type Message = { id: string; to: string[]; subject: string; html: string; headers: Record<string, string> }

async function messages(request: APIRequestContext, query: Record<string, string>): Promise<Message[]> {
  const res = await request.get(`${INBOX}/__inbox/messages?${new URLSearchParams(query)}`)
  return (await res.json()).data
}

/** The one email to `to` whose subject is exactly `subject`, once it has arrived. */
async function waitForEmail(request: APIRequestContext, to: string, subject: string, timeout = 60_000): Promise<Message> {
  let found: Message | undefined
  await expect
    .poll(async () => (found = (await messages(request, { to, subject })).find((m) => m.subject === subject)), { timeout })
    .toBeTruthy()
  return found!
}

async function signInToPayloadAdmin(page: Page) {
  await page.goto(`${CMS}/admin/login`)
  await page.locator("#field-email").fill(EDITOR.email)
  await page.locator("#field-password").fill(EDITOR.password)
  await page.getByRole("button", { name: "Login" }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test("an editor writes a campaign, sends a test, sends it, and the reader unsubscribes with its one-click link", async ({ page, request }) => {
  test.slow()
  const reader = uniqueEmail("campaign-reader")
  const subject = `Chapter news ${Date.now()}`

  // A reader subscribes on the storefront and confirms through the emailed link.
  await page.goto("/ng")
  const form = page.getByTestId("newsletter-signup")
  await form.getByLabel("Email address").fill(reader)
  await form.getByTestId("newsletter-submit").click()
  await expect(form.getByTestId("newsletter-message")).toHaveText(/Check your inbox/)
  const confirmation = await waitForEmail(request, reader, "Please confirm your subscription")
  const confirm = /href="([^"]+\/confirm\?token=[^"]+)"/.exec(confirmation.html)![1]!.replace(/&amp;|&#38;/g, "&")
  await page.goto(confirm)
  await expect(page.getByText("your subscription is confirmed")).toBeVisible()

  // The editor writes it in the Payload admin.
  await signInToPayloadAdmin(page)
  await page.goto(`${CMS}/admin/collections/campaigns/create`)
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type("A new chapter is out: read it first.")
  await page.locator("#field-subject").fill(subject)
  await page.locator("#field-preheader").fill("Inside: the first pages")
  await page.locator("#action-save").click()
  await expect(page).toHaveURL(/\/admin\/collections\/campaigns\/\d+/)
  await expect(page.getByText("A new chapter is out: read it first.")).toBeVisible()

  // Send test: to the editor only, marked [Test].
  await page.getByRole("button", { name: "Send test to me" }).click()
  await expect(page.getByText(`Test sent to ${EDITOR.email}`)).toBeVisible()
  const testEmail = await waitForEmail(request, EDITOR.email, `[Test] ${subject}`)
  expect(testEmail.html).toContain("A new chapter is out: read it first.")
  expect(await messages(request, { to: reader, subject })).toEqual([])

  // Send: scheduled for now; the jobs cron sends it within seconds.
  await page.locator("#field-status").click()
  await page.getByRole("option", { name: "Scheduled" }).click()
  await page.locator("#action-save").click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  const letter = await waitForEmail(request, reader, subject)
  expect(letter.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click")
  await page.reload()
  await expect(page.locator("#field-progress")).toHaveValue(/0 remaining/, { timeout: 30_000 })

  // The inbox shows it, with a working unsubscribe link.
  await page.goto(`${INBOX}/messages/${letter.id}`)
  await expect(page.getByText(subject).first()).toBeVisible()
  const unsubscribe = await page.getByTestId("inbox-link").filter({ hasText: "/api/unsubscribe" }).first().getAttribute("href")
  expect(unsubscribe).toBe(letter.headers["List-Unsubscribe"]!.slice(1, -1))
  await page.goto(unsubscribe!)
  await expect(page.getByText(`Stop the newsletter to ${reader}?`)).toBeVisible()
  await page.getByRole("button", { name: "Unsubscribe" }).click()
  await expect(page.getByText("You are unsubscribed")).toBeVisible()

  const login = await request.post(`${CMS}/api/users/login`, { data: EDITOR })
  const found = await request.get(`${CMS}/api/newsletter-subscribers?where[email][equals]=${encodeURIComponent(reader)}`, {
    headers: { authorization: `JWT ${(await login.json()).token}` },
  })
  expect((await found.json()).docs[0].status).toBe("unsubscribed")
})
