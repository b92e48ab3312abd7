import { expect, type Page } from "@playwright/test"
import { COMMERCE } from "./urls"

/** Signs the demo staff member in to the Medusa admin (/app), as staff do. */
export async function signInToAdmin(page: Page) {
  await page.goto(`${COMMERCE}/app/login`)
  await page.getByPlaceholder("Email").fill("admin@example.com")
  await page.getByPlaceholder("Password").fill("supersecret")
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await expect(page).not.toHaveURL(/\/app\/login/, { timeout: 60_000 })
}
