import { expect, test, type Page } from "@playwright/test"
import { registerThroughForm, uniqueEmail, verifyEmailThroughLink } from "../support/accounts"
import { adminHeaders } from "../support/checkout"
import { COMMERCE } from "../support/urls"

/** A new reader, signed in with a verified email, who has joined the community under `name`. */
async function joinAsReader(page: Page, label: string, name: string) {
  const email = uniqueEmail(label)
  await registerThroughForm(page, { email, password: "community-password", firstName: name, lastName: "Reader" })
  await verifyEmailThroughLink(page, email)
  await page.goto("/ng/community/me")
  await page.getByLabel("Display name").fill(name)
  await page.getByTestId("member-submit").click()
  await expect(page.getByRole("heading", { name: "Your community profile" })).toBeVisible()
}

test("two readers ask to join a private group, staff approve, one posts in it mentioning the other, whose bell rises; a non-member cannot see the post", async ({ page, browser, request }) => {
  // Two readers registering through the forms, and staff in between: more than one journey's worth of pages.
  test.slow()
  const stamp = Date.now()
  const admin = await adminHeaders(request)
  const created = await request.post(`${COMMERCE}/admin/community/groups`, {
    headers: admin,
    data: { name: `Night owls ${stamp}`, visibility: "private", description: "Reading after *midnight*." },
  })
  expect(created.status()).toBe(201)
  const group = (await created.json()).group as { id: string; slug: string; name: string }
  const groupUrl = `/ng/community/groups/${group.slug}`

  // The first reader finds the group, private, and asks to join.
  await joinAsReader(page, "group-asker", "Ife")
  await page.goto("/ng/community/groups")
  await page.getByTestId("community-group").filter({ hasText: group.name }).getByRole("link", { name: group.name }).click()
  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible()
  await expect(page.getByTestId("group-description").locator("em")).toHaveText("midnight")
  await expect(page.getByTestId("group-members-only")).toBeVisible()
  await page.getByTestId("group-join").click()
  await expect(page.getByTestId("group-request-pending")).toBeVisible()

  // A second reader, in a browser of their own, asks too.
  const friendContext = await browser.newContext()
  const friend = await friendContext.newPage()
  const friendName = `Bisi${stamp % 1_000_000}`
  await joinAsReader(friend, "group-friend", friendName)
  await friend.goto(groupUrl)
  await friend.getByTestId("group-join").click()
  await expect(friend.getByTestId("group-request-pending")).toBeVisible()

  // Staff approve both requests.
  const pending = await (await request.get(`${COMMERCE}/admin/community/groups/${group.id}/members`, { headers: admin, params: { status: "requested" } })).json()
  expect(pending.memberships).toHaveLength(2)
  for (const membership of pending.memberships) {
    const approved = await request.post(`${COMMERCE}/admin/community/groups/${group.id}/members/${membership.member.id}`, {
      headers: admin,
      data: { action: "approve" },
    })
    expect(approved.ok()).toBe(true)
  }
  // The friend's bell (fetched after the page loads) before anything is said to them in the group.
  const bell = friend.getByTestId("notification-bell")
  await friend.goto("/ng")
  await expect(bell).toHaveAttribute("data-count", /\d+/)
  const before = Number(await bell.getAttribute("data-count"))

  // Now a member, they start a discussion in the group (chosen for them in the composer).
  const title = `Owl hours ${stamp}`
  await page.reload()
  await page.getByTestId("start-discussion").click()
  await expect(page.getByLabel("Group (optional)")).toHaveValue(group.id)
  await page.getByLabel("Title").fill(title)
  await page.getByLabel("Message").fill(`Who else reads at 2am? @${friendName} does.`)
  await page.getByTestId("discussion-submit").click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId("discussion-group")).toContainText(group.name)
  const discussionUrl = new URL(page.url()).pathname

  // The mentioned member's bell rises; they open the thread from their notifications.
  await expect(async () => {
    await friend.reload()
    await expect(bell).toHaveAttribute("data-count", String(before + 1), { timeout: 1000 })
  }).toPass({ timeout: 15_000 })
  await bell.click()
  const mention = friend.getByTestId("notification").filter({ hasText: `Ife mentioned you in “${title}”` })
  await expect(mention).toHaveAttribute("data-read", "false")
  await mention.getByTestId("notification-open").click()
  await expect(friend.getByRole("heading", { level: 1, name: title })).toBeVisible()
  expect(new URL(friend.url()).pathname).toBe(discussionUrl)
  await friendContext.close()
  await page.goto(groupUrl)
  await expect(page.getByTestId("community-discussions")).toContainText(title)

  // Another reader, not in the group, finds the post nowhere.
  const other = await browser.newContext()
  const outsider = await other.newPage()
  await joinAsReader(outsider, "group-outsider", "Kunle")
  expect((await outsider.goto(discussionUrl))?.status()).toBe(404)
  await expect(outsider.getByText(title)).toHaveCount(0)
  await outsider.goto(groupUrl)
  await expect(outsider.getByTestId("group-members-only")).toBeVisible()
  await outsider.goto(`/ng/community?${new URLSearchParams({ q: title })}`)
  await expect(outsider.getByRole("heading", { name: `Discussions matching “${title}”` })).toBeVisible()
  await expect(outsider.getByText(title, { exact: true })).toHaveCount(0)
  await other.close()
})

test("the community home's feed shows a new discussion, and following its author brings their next one under Following", async ({ page, browser }) => {
  test.slow()
  const stamp = Date.now()
  const startDiscussion = async (p: Page, title: string) => {
    await p.goto("/ng/community/new")
    await p.getByLabel("Title").fill(title)
    await p.getByLabel("Message").fill("Words for the feed.")
    await p.getByTestId("discussion-submit").click()
    await expect(p.getByRole("heading", { level: 1, name: title })).toBeVisible()
  }

  // An author starts a discussion.
  const authorName = `Feed Author ${stamp}`
  await joinAsReader(page, "feed-author", authorName)
  const first = `Fresh thread ${stamp}`
  await startDiscussion(page, first)

  // Another reader sees it in the feed on the community home, opens it and follows its author from their profile.
  const other = await browser.newContext()
  const reader = await other.newPage()
  await joinAsReader(reader, "feed-reader", `Feed Reader ${stamp}`)
  await reader.goto("/ng/community")
  await expect(reader.getByTestId("feed-tab-all")).toHaveAttribute("aria-current", "true")
  const item = reader.getByTestId("feed-item").filter({ hasText: first })
  await expect(item).toHaveAttribute("data-kind", "discussion")
  await expect(item).toContainText(`${authorName} started “${first}”`)
  await item.getByRole("link").click()
  await expect(reader.getByRole("heading", { level: 1, name: first })).toBeVisible()
  await reader.getByRole("link", { name: authorName }).first().click()
  await expect(reader.getByRole("heading", { level: 1, name: authorName })).toBeVisible()
  await reader.getByTestId("follow").click()
  await expect(reader.getByTestId("unfollow")).toHaveText("Following ✓")

  // The author's next discussion shows under Following; someone they do not follow does not.
  const second = `Followed thread ${stamp}`
  await startDiscussion(page, second)
  await reader.goto("/ng/community")
  await reader.getByTestId("feed-tab-following").click()
  await expect(reader.getByTestId("feed-tab-following")).toHaveAttribute("aria-current", "true")
  const followed = reader.getByTestId("community-feed")
  await expect(followed).toContainText(second)
  await expect(followed).toContainText(first)
  await expect(followed).not.toContainText("Welcome to the readers' community")
  await other.close()
})
