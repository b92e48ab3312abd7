import { expect, type Page } from "@playwright/test"
import { emailedVerificationLink } from "./commerce-db"

/** An address no earlier run has used: the dev stack's database is shared and kept. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
}

export async function registerThroughForm(page: Page, account: { email: string; password: string; firstName: string; lastName: string }) {
  await page.goto("/ng/account/register")
  await page.getByLabel("First name").fill(account.firstName)
  await page.getByLabel("Last name").fill(account.lastName)
  await page.getByLabel("Email").fill(account.email)
  await page.getByLabel("Password", { exact: true }).fill(account.password)
  await page.getByTestId("register-submit").click()
  // Registering creates the auth identity and the customer, then signs in: three calls to commerce.
  await expect(page).toHaveURL(/\/ng\/account$/, { timeout: 30_000 })
}

/**
 * Follows the link in the account's verification email, as the reader would
 * from their inbox: until then the account cannot post, review or RSVP.
 */
export async function verifyEmailThroughLink(page: Page, email: string) {
  await page.goto(await emailedVerificationLink(email))
  await expect(page.getByTestId("verify-success")).toContainText(email, { timeout: 30_000 })
}

export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/ng/account/login")
  await fillSignInForm(page, email, password)
}

/** Fills and sends the sign-in form the browser is on (reached from a link that carries where to return). */
export async function fillSignInForm(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password", { exact: true }).fill(password)
  await page.getByTestId("login-submit").click()
}

export async function signOut(page: Page) {
  await page.goto("/ng/account")
  await page.getByTestId("sign-out").click()
  await expect(page).toHaveURL(/\/ng$/)
  await expect(page.getByTestId("account-link")).toHaveText("Sign in")
}
