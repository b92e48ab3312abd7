import { expect, test } from "@playwright/test"
import { registerThroughForm, uniqueEmail } from "../support/accounts"
import { emailedVerificationLink } from "../support/commerce-db"

test("a new reader verifies their email from the emailed link, then posts in the community", async ({ page }) => {
  const email = uniqueEmail("verify")
  await registerThroughForm(page, { email, password: "verify-password", firstName: "Bisi", lastName: "Ola" })

  // Not verified yet: the account says so, and the community asks for the email first.
  await expect(page.getByTestId("email-not-verified")).toHaveText("Not verified")
  await page.goto("/ng/community/me")
  await page.getByLabel("Display name").fill(`Bisi O ${Date.now()}`)
  await page.getByTestId("member-submit").click()
  await expect(page.getByRole("heading", { name: "Your community profile" })).toBeVisible()
  await page.goto("/ng/community/new?category=book-club")
  const prompt = page.getByTestId("verify-email-prompt")
  await expect(prompt).toContainText("Verify your email address to post in the community.")
  await expect(page.getByTestId("discussion-form")).toHaveCount(0)
  await prompt.getByTestId("resend-verification").click()
  await expect(prompt.getByTestId("form-success")).toHaveText(/A new verification email is on its way/)

  // A link that was tampered with is refused, with a way to get a new one.
  const link = await emailedVerificationLink(email)
  await page.goto(link.replace(/token=[^.]+/, "token=eyJ0IjoidmVyaWZ5In0"))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid")
  await expect(page.getByTestId("resend-verification")).toBeVisible()

  // The emailed link, opened as from the inbox.
  await page.goto(link)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email is verified")
  await expect(page.getByTestId("verify-success")).toContainText(email)
  await page.goto("/ng/account/profile")
  await expect(page.getByTestId("email-verified")).toHaveText("Verified")

  const title = `Verified and posting ${Date.now()}`
  await page.goto("/ng/community/new?category=book-club")
  await expect(page.getByTestId("verify-email-prompt")).toHaveCount(0)
  await page.getByLabel("Title").fill(title)
  await page.getByLabel("Message").fill("My first post, now that my email is verified.")
  await page.getByTestId("discussion-submit").click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
})
