import { expect, test } from "@playwright/test"
import { registerThroughForm, uniqueEmail, verifyEmailThroughLink } from "../support/accounts"

// A 60×40 PNG: not square, so the stored avatar being 256×256 shows commerce cropped and resized it.
const WIDE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAADwAAAAoCAIAAAAt2Q6oAAAAO0lEQVR42u3OQQkAAAgEsEtiTiMayxQ+hMECLNXzTqSlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpS8tbnXR9WTVkk0AAAAASUVORK5CYII=",
  "base64"
)

const naturalSize = (img: import("@playwright/test").Locator) =>
  img.evaluate((el: HTMLImageElement) => (el.complete ? `${el.naturalWidth}x${el.naturalHeight}` : "loading"))

test("a reader uploads an avatar and sees it in the member directory", async ({ page }) => {
  const email = uniqueEmail("avatar-reader")
  const name = `Avatar Reader ${Date.now()}`
  await registerThroughForm(page, { email, password: "avatar-password", firstName: "Amaka", lastName: "Obi" })
  await verifyEmailThroughLink(page, email)
  await page.goto("/ng/community/me")
  await page.getByLabel("Display name").fill(name)
  await page.getByTestId("member-submit").click()
  await expect(page.getByRole("heading", { name: "Your community profile" })).toBeVisible()

  // Before any upload the initials stand in.
  const avatarForm = page.getByTestId("avatar-form")
  await expect(avatarForm.getByTestId("member-initials")).toHaveText("AR")
  await avatarForm.getByTestId("avatar-file").setInputFiles({ name: "holiday.png", mimeType: "image/png", buffer: WIDE_PNG })
  await avatarForm.getByTestId("avatar-upload").click()
  await expect(page.getByTestId("avatar-outcome")).toContainText("Your new avatar is saved")
  await expect(avatarForm.locator("img")).toBeVisible()

  // The directory finds the reader by name and shows the picture, cropped square.
  await page.goto(`/ng/community/members?q=${encodeURIComponent(name)}`)
  const card = page.getByTestId("directory-member").filter({ hasText: name })
  await expect(card).toHaveCount(1)
  const img = card.locator("img")
  await expect(img).toBeVisible()
  await expect.poll(() => naturalSize(img)).toBe("256x256")

  // Their profile shows it too; removing it brings the initials back.
  await card.getByRole("link", { name }).click()
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible()
  await expect(page.getByRole("heading", { level: 1 }).locator("img")).toBeVisible()
  await page.goto("/ng/community/me")
  await page.getByTestId("avatar-remove").click()
  await expect(page.getByTestId("avatar-form").getByTestId("member-initials")).toHaveText("AR")
})
