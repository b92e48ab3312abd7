import { expect, test } from "@playwright/test"
import { registerThroughForm, uniqueEmail, verifyEmailThroughLink } from "../support/accounts"
import { adminHeaders } from "../support/checkout"
import { communityReplyNotification } from "../support/commerce-db"
import { COMMERCE } from "../support/urls"


test("readers join, discuss and reply; the author is notified; staff hide a reported reply; a mention lights the bell", async ({ page, browser, request }) => {
  // Two readers, each registering and joining, and a dozen form posts: more than one journey's worth of pages.
  test.slow()
  const title = `Chapter three twist ${Date.now()}`

  // A visitor finds the community in the header; a discussion is read-only until they sign in.
  await page.goto("/ng")
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Community" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Community" })).toBeVisible()

  // The first reader joins and starts a discussion in the book club.
  const authorEmail = uniqueEmail("community-author")
  await registerThroughForm(page, { email: authorEmail, password: "community-password", firstName: "Ngozi", lastName: "Ade" })
  await verifyEmailThroughLink(page, authorEmail)
  await page.goto("/ng/community/me")
  await page.getByLabel("Display name").fill("Ngozi A")
  await page.getByTestId("member-submit").click()
  await expect(page.getByRole("heading", { name: "Your community profile" })).toBeVisible()
  await expect(page.getByLabel("Replies to my discussions")).toHaveValue("email")

  await page.goto("/ng/community/book-club")
  await page.getByTestId("start-discussion").click()
  await expect(page.getByLabel("Category")).toHaveValue(/.+/)
  await page.getByLabel("Title").fill(title)
  await page.getByLabel("Message").fill("Did anyone else see it **coming**? <script>alert(1)</script>")
  await page.getByTestId("discussion-submit").click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId("discussion-body").locator("strong")).toHaveText("coming")
  await expect(page.getByTestId("discussion-body").locator("script")).toHaveCount(0)
  const discussionUrl = new URL(page.url()).pathname

  // A first discussion earns a badge (a subscriber awards it a moment later), shown in words beside the author's name.
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole("list", { name: "Badges" }).first()).toContainText("First discussion", { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  expect(discussionUrl).toMatch(/^\/ng\/community\/book-club\/[A-Za-z0-9_]+$/)

  // Another reader: signed out they get a prompt instead of a form; they join and reply.
  const other = await browser.newContext()
  const replier = await other.newPage()
  await replier.goto(discussionUrl)
  await expect(replier.getByTestId("community-prompt")).toContainText("Sign in to reply")
  await expect(replier.getByTestId("reply-form")).toHaveCount(0)
  const replierEmail = uniqueEmail("community-replier")
  await registerThroughForm(replier, { email: replierEmail, password: "community-password", firstName: "Tunde", lastName: "Bello" })
  await verifyEmailThroughLink(replier, replierEmail)
  await replier.goto("/ng/community/me")
  await replier.getByLabel("Display name").fill("Tunde B")
  await replier.getByTestId("member-submit").click()
  await expect(replier.getByRole("heading", { name: "Your community profile" })).toBeVisible()
  await replier.goto(discussionUrl)
  await replier.getByLabel("Your reply").fill("I did not see it coming at all.")
  await replier.getByTestId("reply-submit").click()
  await expect(replier.getByTestId("community-reply")).toHaveCount(1)

  // The author sees the reply, reacts to it, and was notified of it.
  await page.reload()
  const reply = page.getByTestId("community-reply")
  await expect(reply).toHaveCount(1)
  await expect(reply).toContainText("I did not see it coming at all.")
  await expect(reply.getByRole("link", { name: "Tunde B" })).toBeVisible()
  const replyId = (await reply.getAttribute("id"))!.replace(/^reply-/, "")
  await reply.getByTestId("react-like").click()
  await expect(page.getByTestId("community-reply").getByTestId("react-like")).toHaveAttribute("aria-pressed", "true")
  const notice = await communityReplyNotification(authorEmail, title)
  expect(notice.reply_author).toBe("Tunde B")
  expect(notice.discussion_url).toContain(discussionUrl)

  // The author reports the reply; staff resolve the report by hiding it, and readers no longer see it.
  await page.getByTestId("community-reply").locator("summary", { hasText: "Report" }).click()
  await page.getByTestId("community-reply").getByLabel("What is wrong with it?").fill("Spoils the ending for everyone.")
  await page.getByTestId("community-reply").getByTestId("report-submit").click()
  await expect(page.getByTestId("form-success")).toContainText("A moderator will look at it")

  const admin = await adminHeaders(request)
  const open = await (await request.get(`${COMMERCE}/admin/community/reports`, { headers: admin, params: { status: "open", limit: 50 } })).json()
  const report = (open.reports as { id: string; target_id: string }[]).find((r) => r.target_id === replyId)
  expect(report).toBeTruthy()
  const hidden = await request.post(`${COMMERCE}/admin/community/moderation`, {
    headers: admin,
    data: { action: "hide", target_type: "reply", target_id: replyId, reason: "Spoiler" },
  })
  expect(hidden.ok()).toBe(true)

  await page.reload()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId("community-reply")).toHaveCount(0)
  await expect(page.getByText("I did not see it coming at all.")).toHaveCount(0)

  // "My activity" lists the discussion the author started.
  await page.goto("/ng/community/me")
  await expect(page.getByTestId("activity-discussions")).toContainText(title)

  // Made a moderator by staff, the author sees the hidden reply and restores it in the storefront.
  const profile = await page.getByRole("link", { name: "See your public profile" }).getAttribute("href")
  const memberId = profile!.split("/").pop()!
  const promoted = await request.post(`${COMMERCE}/admin/community/moderation`, {
    headers: admin,
    data: { action: "promote", target_type: "member", target_id: memberId, reason: "Trusted reader" },
  })
  expect(promoted.ok()).toBe(true)
  await page.goto(discussionUrl)
  await expect(page.getByTestId("community-reply")).toContainText("hidden from readers")
  const hiddenReply = page.getByTestId("community-reply")
  await hiddenReply.locator("summary", { hasText: "Restore" }).click()
  await hiddenReply.getByLabel("Reason (for the moderation log)").fill("Spoiler tags added")
  await hiddenReply.getByTestId("moderate-submit").click()
  await expect(page.getByTestId("community-reply")).not.toContainText("hidden from readers")
  await expect(page.getByTestId("community-reply")).toContainText("I did not see it coming at all.")

  // The replier's bell (fetched after a public page loads) counts the author's reaction, the hide and the restore;
  // the author mentions them, the count rises, and they open the thread from their notifications.
  const bellCount = async (count: number) =>
    expect(async () => {
      await replier.reload()
      await expect(replier.getByTestId("notification-bell")).toHaveAttribute("data-count", String(count), { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
  await replier.goto("/ng")
  await bellCount(3)
  await page.getByLabel("Your reply").fill("Thanks @TundeB, spoiler tags are fine.")
  await page.getByTestId("reply-submit").click()
  await expect(page.getByTestId("community-reply")).toHaveCount(2)
  await bellCount(4)
  await replier.getByTestId("notification-bell").click()
  const mention = replier.getByTestId("notification").filter({ hasText: `Ngozi A mentioned you in “${title}”` })
  await expect(mention).toHaveAttribute("data-read", "false")
  await mention.getByTestId("notification-open").click()
  await expect(replier.getByRole("heading", { level: 1, name: title })).toBeVisible()
  expect(replier.url()).toContain(`${discussionUrl}#reply-`)
  await expect(replier.getByTestId("notification-bell")).toHaveAttribute("data-count", "3")
  await other.close()
})
