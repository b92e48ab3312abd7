import { expect, test } from "@playwright/test"
import { registerThroughForm, uniqueEmail, verifyEmailThroughLink } from "../support/accounts"
import { signInToAdmin } from "../support/admin"

test("staff create a category and suspend a member in the Medusa admin; the storefront follows", async ({ page, browser }) => {
  // Two browsers (a reader, staff), an admin bundle to load, and the storefront after: more than one journey's worth.
  test.slow()
  const stamp = Date.now()
  const categoryName = `Reading nook ${stamp}`
  const readerEmail = uniqueEmail("suspended-reader")
  const readerName = `Loud Reader ${stamp}`

  // A reader joins the community and may start discussions.
  await registerThroughForm(page, { email: readerEmail, password: "community-password", firstName: "Loud", lastName: "Reader" })
  await verifyEmailThroughLink(page, readerEmail)
  await page.goto("/ng/community/me")
  await page.getByLabel("Display name").fill(readerName)
  await page.getByTestId("member-submit").click()
  await expect(page.getByRole("heading", { name: "Your community profile" })).toBeVisible()
  await page.goto("/ng/community/new")
  await expect(page.getByTestId("discussion-form")).toBeVisible()

  // Staff sign in to the admin and open Community → Categories.
  const staffContext = await browser.newContext()
  const admin = await staffContext.newPage()
  await signInToAdmin(admin)
  await admin.getByRole("link", { name: "Community", exact: true }).first().click()
  await expect(admin.getByRole("heading", { level: 1, name: "Community" })).toBeVisible()
  await admin.getByRole("navigation", { name: "Community" }).getByRole("link", { name: "Categories" }).click()
  await expect(admin.getByRole("heading", { name: "New category" })).toBeVisible()

  // A name whose address would shadow a storefront page is refused, in words.
  const form = admin.locator("form", { has: admin.getByRole("button", { name: "Create category" }) })
  await form.getByLabel("Name").fill("Members")
  await expect(form.getByLabel("Web address")).toHaveValue("members")
  await form.getByRole("button", { name: "Create category" }).click()
  await expect(form.getByRole("alert")).toContainText("“members” is taken by a storefront page")

  // The real one: its address follows its name.
  await form.getByLabel("Name").fill(categoryName)
  await expect(form.getByLabel("Web address")).toHaveValue(`reading-nook-${stamp}`)
  await form.getByLabel("Description (optional)").fill("Quiet corners and the books we read in them.")
  await form.getByRole("button", { name: "Create category" }).click()
  const created = admin.getByTestId("community-category").filter({ hasText: categoryName })
  await expect(created).toBeVisible()
  await expect(created).toContainText(`/community/reading-nook-${stamp}`)

  // Members: find the reader by email and suspend them; a reason is required.
  await admin.getByRole("navigation", { name: "Community" }).getByRole("link", { name: "Members" }).click()
  await admin.getByLabel("Name or email").fill(readerEmail)
  await admin.getByRole("button", { name: "Search", exact: true }).click()
  const row = admin.getByTestId("community-member").filter({ hasText: readerName })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(readerEmail)
  await row.getByRole("button", { name: "Suspend" }).click()
  const drawer = admin.getByRole("dialog", { name: `Suspend ${readerName}` })
  await drawer.getByRole("button", { name: "Suspend" }).click()
  await expect(drawer.getByRole("alert")).toHaveText("Write a reason first: it is kept in the moderation log.")
  await drawer.getByLabel("Reason (kept in the moderation log)").fill("Shouting at other readers")
  await drawer.getByRole("button", { name: "Suspend" }).click()
  await expect(drawer).toBeHidden()
  await expect(row).toContainText("Suspended")
  await expect(row.getByRole("button", { name: "Restore" })).toBeVisible()

  // The moderation log shows both, with who and why.
  await admin.getByRole("navigation", { name: "Community" }).getByRole("link", { name: "Moderation log" }).click()
  const entries = admin.getByTestId("moderation-log-entry")
  await expect(entries.filter({ hasText: "Suspend member" }).filter({ hasText: readerName })).toContainText("Shouting at other readers")
  await expect(entries.filter({ hasText: "Create category" }).filter({ hasText: categoryName })).toContainText("Store Admin")
  await staffContext.close()

  // The storefront lists the new category, and its page opens.
  const visitor = await browser.newContext()
  const reader = await visitor.newPage()
  await reader.goto("/ng/community")
  const listed = reader.getByTestId("community-categories").getByRole("link", { name: categoryName })
  await expect(listed).toBeVisible()
  await listed.click()
  await expect(reader.getByRole("heading", { level: 1, name: categoryName })).toBeVisible()
  await visitor.close()

  // The suspended reader can no longer post.
  await page.goto("/ng/community/new")
  await expect(page.getByTestId("member-suspended")).toBeVisible()
  await expect(page.getByTestId("discussion-form")).toHaveCount(0)
})
