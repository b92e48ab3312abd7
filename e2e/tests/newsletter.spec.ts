import { expect, test, type Page } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"

async function signUp(page: Page, email: string) {
  const form = page.getByTestId("newsletter-signup")
  await form.getByLabel("Email address").fill(email)
  // Each answer replaces the last: wait for this one (the server action's answer) before reading it.
  const answered = page.waitForResponse((res) => res.request().method() === "POST" && Boolean(res.request().headers()["next-action"]))
  await form.getByTestId("newsletter-submit").click()
  await answered
  return form.getByTestId("newsletter-message")
}

test("the newsletter form says what happened, and a forged X-Forwarded-For buys no extra sign-ups", async ({ page }) => {
  await page.goto("/ng")
  const email = uniqueEmail("reader")
  await expect(await signUp(page, email)).toHaveText("Thanks! Check your inbox for a link to confirm your subscription.")
  // The same address again: no second email, and the reader is told why.
  await expect(await signUp(page, email)).toHaveText(/We sent you a confirmation link a few minutes ago/)

  // Five sign-ups a minute from one address. A client that writes a new X-Forwarded-For on
  // every request is still one address: the storefront counts the connection's peer.
  for (let i = 3; i <= 5; i++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}` })
    await expect(await signUp(page, uniqueEmail(`forged-${i}`))).toHaveText(/Check your inbox/)
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.77" })
  await expect(await signUp(page, uniqueEmail("sixth"))).toHaveText("Too many sign-ups from here. Please wait a minute.")
})
