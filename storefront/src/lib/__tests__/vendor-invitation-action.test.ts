import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"
import { fakeCommerce, json, useFakeCommerce, type Call } from "./fake-commerce"

const TOKEN = "invitation-token-0123456789"

async function load(answer: (call: Call) => Response) {
  const fake = fakeCommerce(answer)
  useFakeCommerce(fake, cookieJar({}))
  const { acceptVendorInvitationAction } = await import("../actions/vendor-invitation")
  const submit = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ token: TOKEN, email: "Press@Example.com", password: "correct-horse-1", ...fields })) form.set(name, value)
    return acceptVendorInvitationAction(null, form)
  }
  return { fake, submit }
}

const accepted = () => json({ member: { id: "vmem_1", vendor: { id: "vnd_1", name: "Harmattan Press" } } })

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("acceptVendorInvitationAction", () => {
  it("signs up as a vendor with the invited email, then accepts with that sign-in", async () => {
    const { fake, submit } = await load((call) => (call.path === "/auth/vendor/emailpass/register" ? json({ token: "actorless-1" }) : accepted()))
    expect(await submit({})).toEqual({ ok: true, message: "You now sign in for Harmattan Press with press@example.com and this password." })
    expect(fake.calls.map((c) => [c.path, c.body, c.headers.get("authorization")])).toEqual([
      ["/auth/vendor/emailpass/register", { email: "Press@Example.com", password: "correct-horse-1" }, null],
      ["/vendors/invitations/accept", { token: TOKEN }, "Bearer actorless-1"],
    ])
  })

  it("uses the email's existing sign-in (a shop account) with its password, and says so when the password is wrong", async () => {
    const existing = (wrongPassword: boolean) => (call: Call) => {
      if (call.path === "/auth/vendor/emailpass/register") return json({ message: "Identity with email already exists" }, 401)
      if (call.path === "/auth/vendor/emailpass") return wrongPassword ? json({ message: "Invalid email or password" }, 401) : json({ token: "actorless-2" })
      return accepted()
    }
    const ok = await load(existing(false))
    expect(await ok.submit({})).toMatchObject({ ok: true })
    expect(ok.fake.calls.map((c) => c.path)).toEqual(["/auth/vendor/emailpass/register", "/auth/vendor/emailpass", "/vendors/invitations/accept"])
    expect(ok.fake.calls[2].headers.get("authorization")).toBe("Bearer actorless-2")

    const wrong = await load(existing(true))
    expect(await wrong.submit({})).toEqual({ ok: false, errors: { password: "This email already has a sign-in here: enter its password to accept." }, values: { email: "Press@Example.com" } })
  })

  it("checks the fields first, and words commerce's refusals of the link for people", async () => {
    const { fake, submit } = await load(accepted)
    expect(await submit({ email: "", password: "short" })).toMatchObject({ ok: false, errors: { email: "Enter your email address.", password: /at least 8 characters/ } })
    expect(await submit({ token: "x" })).toMatchObject({ ok: false, message: /open the one in your invitation email/ })
    expect(fake.calls).toHaveLength(0)

    const used = await load((call) => (call.path.startsWith("/auth") ? json({ token: "t" }) : json({ message: "This invitation link is not valid or was already used" }, 404)))
    expect(await used.submit({})).toMatchObject({ ok: false, message: "This invitation link is not valid or was already used." })
    const otherEmail = await load((call) =>
      call.path.startsWith("/auth") ? json({ token: "t" }) : json({ message: "This invitation is for press@example.com: sign up or sign in with that email to accept it" }, 403)
    )
    expect(await otherEmail.submit({ email: "someone@example.com" })).toMatchObject({ ok: false, message: /This invitation is for press@example.com/ })
  })
})
