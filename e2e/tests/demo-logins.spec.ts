import { expect, test } from "@playwright/test"
import { CMS, COMMERCE } from "../support/urls"

// The demo accounts the README promises, checked against the running apps.
test("the Medusa admin accepts admin@example.com", async ({ request }) => {
  const res = await request.post(`${COMMERCE}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  expect(res.status()).toBe(200)
  const { token } = await res.json()
  const me = await request.get(`${COMMERCE}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } })
  expect((await me.json()).user.email).toBe("admin@example.com")
})

test("the Medusa admin refuses a wrong password", async ({ request }) => {
  const res = await request.post(`${COMMERCE}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "not-the-password" },
  })
  expect(res.status()).toBe(401)
})

test("the shopper reader@example.com can log in to the store", async ({ request }) => {
  const res = await request.post(`${COMMERCE}/auth/customer/emailpass`, {
    data: { email: "reader@example.com", password: "supersecret" },
  })
  expect(res.status()).toBe(200)
})

test("the Payload admin accepts editor@example.com", async ({ request }) => {
  const res = await request.post(`${CMS}/api/users/login`, {
    data: { email: "editor@example.com", password: "supersecret" },
  })
  expect(res.status()).toBe(200)
  expect((await res.json()).user.email).toBe("editor@example.com")
})
