import { expect, test } from "@playwright/test"
import { registerThroughForm, signInThroughForm, signOut, uniqueEmail } from "../support/accounts"
import { addFormatToCart, cartLine, expectCartCount } from "../support/cart"
import { latestResetLink } from "../support/commerce-db"

test("a reader registers, signs out and in, and resets a forgotten password", async ({ page }) => {
  const email = uniqueEmail("account")
  const oldPassword = "first-password-1"
  const newPassword = "second-password-2"

  await registerThroughForm(page, { email, password: oldPassword, firstName: "Ada", lastName: "Obi" })
  await expect(page.getByTestId("account-heading")).toHaveText("Hello, Ada")
  await expect(page.getByTestId("account-link")).toHaveText("Account")
  await signOut(page)

  // The same email cannot be registered twice.
  await page.goto("/ng/account/register")
  await page.getByLabel("First name").fill("Ada")
  await page.getByLabel("Last name").fill("Obi")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password", { exact: true }).fill("another-password")
  await page.getByTestId("register-submit").click()
  await expect(page.getByTestId("form-error")).toContainText("already exists")

  await signInThroughForm(page, email, oldPassword)
  await expect(page).toHaveURL(/\/ng\/account$/)
  await signOut(page)

  const askedAt = new Date(Date.now() - 2000)
  await page.goto("/ng/account/forgot-password")
  await page.getByLabel("Email").fill(email)
  await page.getByTestId("forgot-password-submit").click()
  await expect(page.getByTestId("form-success")).toContainText("If an account exists")

  const link = await latestResetLink(email, askedAt)
  await page.goto(link)
  await expect(page).toHaveURL(/\/account\/reset-password\?/)
  await page.getByLabel("New password", { exact: true }).fill(newPassword)
  await page.getByLabel("New password again").fill(newPassword)
  await page.getByTestId("reset-password-submit").click()
  await expect(page.getByTestId("reset-done")).toBeVisible()

  await signInThroughForm(page, email, oldPassword)
  await expect(page.getByTestId("form-error")).toContainText("email or password is not right")
  await signInThroughForm(page, email, newPassword)
  await expect(page).toHaveURL(/\/ng\/account$/)
})

test("an unknown email gets the same answer, and a forged reset link a clear message", async ({ page }) => {
  await page.goto("/ng/account/forgot-password")
  await page.getByLabel("Email").fill(uniqueEmail("nobody"))
  await page.getByTestId("forgot-password-submit").click()
  await expect(page.getByTestId("form-success")).toContainText("If an account exists")

  await page.goto(`/ng/account/reset-password?token=not-a-token&email=${encodeURIComponent("reader@example.com")}`)
  await page.getByLabel("New password", { exact: true }).fill("whatever-password")
  await page.getByLabel("New password again").fill("whatever-password")
  await page.getByTestId("reset-password-submit").click()
  await expect(page.getByTestId("form-error")).toContainText("expired or has already been used")
})

test("the account pages send a visitor who is not signed in to the sign-in form", async ({ page }) => {
  for (const path of ["/ng/account", "/ng/account/profile", "/ng/account/addresses", "/ng/account/orders"]) {
    await page.goto(path)
    await expect(page).toHaveURL(/\/ng\/account\/login/)
  }
})

test("a reader keeps a profile and an address book, and sees an empty order history", async ({ page }) => {
  const email = uniqueEmail("profile")
  await registerThroughForm(page, { email, password: "profile-password", firstName: "Chidi", lastName: "Eze" })

  await page.goto("/ng/account/profile")
  await page.getByLabel("First name").fill("Chidinma")
  await page.getByLabel("Phone (optional)").fill("+234 803 555 0100")
  await page.getByTestId("profile-submit").click()
  await expect(page.getByTestId("form-success")).toHaveText("Your profile has been saved.")
  await page.reload()
  await expect(page.getByLabel("First name")).toHaveValue("Chidinma")
  await expect(page.getByLabel("Phone (optional)")).toHaveValue("+234 803 555 0100")

  // A phone number made of letters is refused next to the field.
  await page.getByLabel("Phone (optional)").fill("call me")
  await page.getByTestId("profile-submit").click()
  await expect(page.getByTestId("error-phone")).toContainText("phone number")

  await page.goto("/ng/account/addresses")
  await expect(page.getByTestId("no-addresses")).toBeVisible()
  await page.getByTestId("add-address").click()
  await page.getByTestId("address-submit").click()
  await expect(page.getByTestId("error-address_1")).toHaveText("Enter the street address.")
  await page.getByLabel("First name").fill("Chidinma")
  await page.getByLabel("Last name").fill("Eze")
  await page.getByLabel("Street address").fill("12 Admiralty Way")
  await page.getByLabel("Town or city").fill("Lagos")
  await page.getByLabel("Country", { exact: true }).selectOption("ng")
  await page.getByTestId("address-submit").click()
  await expect(page.getByTestId("address-saved")).toBeVisible()
  await expect(page.getByTestId("address-card")).toHaveCount(1)
  await expect(page.getByTestId("address-card")).toContainText("12 Admiralty Way")

  await page.getByTestId("edit-address").click()
  await page.getByLabel("Street address").fill("14 Admiralty Way")
  await page.getByTestId("address-submit").click()
  await expect(page.getByTestId("address-card")).toContainText("14 Admiralty Way")

  await page.getByTestId("delete-address").click()
  await expect(page.getByTestId("no-addresses")).toBeVisible()

  await page.goto("/ng/account/orders")
  await expect(page.getByTestId("no-orders")).toBeVisible()
})

test("a cart filled while signed in is waiting after signing in on another browser", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("two-devices")
  const password = "two-devices-password"
  await registerThroughForm(page, { email, password, firstName: "Ngozi", lastName: "Ade" })
  await page.goto("/ng/products/the-quiet-draft")
  await expectCartCount(page, 0)
  await addFormatToCart(page, "Hardcover")
  await expectCartCount(page, 1)

  const elsewhere = await browser.newContext({ baseURL })
  try {
    const other = await elsewhere.newPage()
    await other.goto("/ng/cart")
    await expect(other.getByTestId("empty-cart")).toBeVisible()
    await signInThroughForm(other, email, password)
    await expect(other).toHaveURL(/\/ng\/account$/)
    await expectCartCount(other, 1)
    await other.goto("/ng/cart")
    await expect(other.getByTestId("cart-line")).toHaveCount(1)
    await expect(cartLine(other, "Hardcover")).toBeVisible()
  } finally {
    await elsewhere.close()
  }
})

test("a guest's cart becomes the customer's on signing in", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("guest-cart")
  const password = "guest-cart-password"
  await registerThroughForm(page, { email, password, firstName: "Tunde", lastName: "Bello" })
  await signOut(page)

  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await signInThroughForm(page, email, password)
  await expect(page).toHaveURL(/\/ng\/account$/)
  await expectCartCount(page, 1)

  // Signing out forgets the cart here; it is still the customer's elsewhere.
  await signOut(page)
  await expectCartCount(page, 0)
  const elsewhere = await browser.newContext({ baseURL })
  try {
    const other = await elsewhere.newPage()
    await signInThroughForm(other, email, password)
    await expect(other).toHaveURL(/\/ng\/account$/)
    await other.goto("/ng/cart")
    await expect(cartLine(other, "Ebook")).toBeVisible()
  } finally {
    await elsewhere.close()
  }
})

test("a book saved to the wishlist while signed out is kept in the account after signing in", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("wishlist")
  const password = "wishlist-password"
  await registerThroughForm(page, { email, password, firstName: "Kemi", lastName: "Ade" })
  await signOut(page)

  // Signed out, the browser keeps it (and says so after a reload).
  await page.goto("/ng/products/small-habits-big-books")
  // The book's own button (the related books' cards have theirs too).
  const save = page.getByTestId("product-save").getByTestId("wishlist-toggle")
  await expect(save).toHaveAttribute("data-state", "not-saved")
  await save.click()
  await expect(save).toHaveAttribute("aria-pressed", "true")
  await page.reload()
  await expect(save).toHaveAttribute("data-state", "saved")

  // Signing in moves it into the account: it is there in another browser too.
  await signInThroughForm(page, email, password)
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Wishlist" }).click()
  await expect(page.getByTestId("wishlist-item")).toHaveCount(1)
  await expect(page.getByTestId("wishlist-item")).toContainText("Small Habits, Big Books")
  const elsewhere = await browser.newContext({ baseURL })
  try {
    const other = await elsewhere.newPage()
    await signInThroughForm(other, email, password)
    await expect(other).toHaveURL(/\/ng\/account$/)
    await other.goto("/ng/account/wishlist")
    await expect(other.getByTestId("wishlist-item")).toContainText("Small Habits, Big Books")
    // Removing it there empties the list.
    await other.getByTestId("wishlist-remove").click()
    await expect(other.getByTestId("wishlist-empty")).toBeVisible()
  } finally {
    await elsewhere.close()
  }
  // Signed in, the book page shows the account's list: no longer saved.
  await page.goto("/ng/products/small-habits-big-books")
  await expect(save).toHaveAttribute("data-state", "not-saved")
})
