import { expect, test, type Page } from "@playwright/test"
import { registerThroughForm, signOut, uniqueEmail } from "../support/accounts"

// The e2e stack's local OpenID provider stands in for Google over https with a
// self-signed certificate (a production build refuses an http issuer).
test.use({ ignoreHTTPSErrors: true })

/** At the local provider's sign-in page (Google's account chooser in production): type the account and continue. */
async function signInAtGoogle(page: Page, email: string, name: string) {
  await expect(page.getByTestId("oidc-email")).toBeVisible()
  await page.getByTestId("oidc-email").fill(email)
  await page.getByTestId("oidc-name").fill(name)
  await page.getByTestId("oidc-continue").click()
}

test("a new reader continues with Google and lands, signed in, on the page they started from", async ({ page }) => {
  const email = uniqueEmail("google")
  // A page for signed-in readers sends a visitor to sign in, carrying where they were.
  await page.goto("/ng/community/new")
  await expect(page).toHaveURL(/\/ng\/account\/login\?next=%2Fng%2Fcommunity%2Fnew$/)
  await page.getByTestId("google-sign-in").click()
  await signInAtGoogle(page, email, "Ngozi Adebayo")

  await expect(page).toHaveURL(/\/ng\/community\/new$/, { timeout: 30_000 })
  await expect(page.getByTestId("account-link")).toHaveText("Account")
  await page.goto("/ng/account/profile")
  await expect(page.getByTestId("profile-email")).toHaveText(email)
  await expect(page.getByLabel("First name")).toHaveValue("Ngozi")
})

test("Google sign-in with the address of a password account opens that same account", async ({ page }) => {
  const email = uniqueEmail("google-link")
  await registerThroughForm(page, { email, password: "password-account-1", firstName: "Tunde", lastName: "Bello" })
  await signOut(page)

  await page.goto("/ng/account/register")
  await page.getByTestId("google-sign-in").click()
  await signInAtGoogle(page, email, "Someone Else")
  await expect(page).toHaveURL(/\/ng\/account$/, { timeout: 30_000 })
  // The password account's own name: linked, not a second account made from Google's profile.
  await expect(page.getByTestId("account-heading")).toHaveText("Hello, Tunde")
})

test("a cancelled Google sign-in comes back to the login page saying so", async ({ page }) => {
  await page.goto("/ng/account/login")
  await page.getByTestId("google-sign-in").click()
  await expect(page.getByTestId("oidc-email")).toBeVisible()
  await page.getByRole("button", { name: "Cancel" }).click()
  await expect(page.getByTestId("google-sign-in-failed")).toContainText("cancelled")
  await expect(page.getByTestId("account-link")).toHaveText("Sign in")
})
