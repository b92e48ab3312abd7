import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"
import { fakeCommerce, form, json, redirectTarget, useFakeCommerce } from "./fake-commerce"

const commerce = fakeCommerce

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: "token-1" })) {
  useFakeCommerce(fake, jar)
  return import("../actions/community")
}

const post = { category: "book-club", discussionId: "disc_1" }

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("community actions", () => {
  it("post a reply once per form (its idempotency key) and return to the discussion", async () => {
    const fake = commerce(() => json({ reply: { id: "crep_1" }, created: true }, 201))
    const { replyAction } = await load(fake)
    const target = await redirectTarget(replyAction(null, form({ ...post, body: " Lovely chapter ", idempotencyKey: "key-12345678" })))
    expect(target).toBe("/ng/community/book-club/disc_1")
    expect(fake.calls).toHaveLength(1)
    expect(fake.calls[0]).toMatchObject({ method: "POST", path: "/store/community/discussions/disc_1/replies", body: { body: "Lovely chapter" } })
    expect(fake.calls[0].headers.get("idempotency-key")).toBe("key-12345678")
    expect(fake.calls[0].headers.get("authorization")).toBe("Bearer token-1")
  })

  it("say when to try again after too many posts, keeping the reply's text", async () => {
    const fake = commerce(() => json({ type: "too_many_requests", message: "Too many community posts. Try again in 3 minutes." }, 429, { "retry-after": "170" }))
    const { replyAction } = await load(fake)
    expect(await replyAction(null, form({ ...post, body: "Again" }))).toEqual({
      ok: false,
      message: "You are posting too quickly. Try again in 3 minutes.",
      values: { body: "Again" },
    })
  })

  it("say a locked discussion takes no replies, and that a suspended member cannot post", async () => {
    const locked = commerce(() => json({ type: "not_allowed", message: "This discussion is locked: it takes no new replies" }, 403))
    expect(await (await load(locked)).replyAction(null, form({ ...post, body: "Hi" }))).toMatchObject({ ok: false, message: "This discussion is locked: it takes no new replies." })
    const suspended = commerce(() => json({ message: "Your community membership is suspended: you cannot post or react" }, 403))
    expect((await (await load(suspended)).replyAction(null, form({ ...post, body: "Hi" })))?.message).toMatch(/suspended/)
  })

  it("send a signed-out visitor to sign in and back, without asking commerce", async () => {
    const fake = commerce()
    const { startDiscussionAction } = await load(fake, cookieJar())
    const target = await redirectTarget(startDiscussionAction(null, form({ category_id: "ccat_1", title: "Hello", body: "Text" })))
    expect(target).toBe(`/ng/account/login?${new URLSearchParams({ next: "/ng/community/new" })}`)
    expect(fake.calls).toEqual([])
  })

  it("take a reaction back when the same one is pressed again", async () => {
    const fake = commerce(() => json({ reaction: null }))
    const { reactAction } = await load(fake)
    await redirectTarget(reactAction(null, form({ ...post, targetType: "reply", targetId: "crep_1", kind: "like", current: "like" })))
    await redirectTarget(reactAction(null, form({ ...post, targetType: "reply", targetId: "crep_1", kind: "thanks", current: "like" })))
    expect(fake.calls.map((c) => c.body)).toEqual([
      { target_type: "reply", target_id: "crep_1", kind: null },
      { target_type: "reply", target_id: "crep_1", kind: "thanks" },
    ])
  })

  it("save the profile without touching how replies are notified (the notification settings own that)", async () => {
    const fake = commerce(() => json({ member: {} }))
    const { updateProfileAction } = await load(fake)
    expect(await updateProfileAction(null, form({ display_name: "Ada O", bio: "" }))).toEqual({ ok: true, message: "Your profile is saved." })
    expect(fake.calls[0]).toMatchObject({ path: "/store/community/members/me", body: { display_name: "Ada O", bio: "" } })
    expect(fake.calls[0].body).not.toHaveProperty("notify_on_reply")
  })

  it("edit a reply's text and delete a discussion, back to its category", async () => {
    const fake = commerce(() => json({}))
    const { editPostAction, deletePostAction } = await load(fake)
    expect(await redirectTarget(editPostAction(null, form({ ...post, targetType: "reply", targetId: "crep_1", body: "Fixed typo" })))).toBe(
      "/ng/community/book-club/disc_1"
    )
    expect(await redirectTarget(deletePostAction(null, form({ ...post, targetType: "discussion", targetId: "disc_1" })))).toBe("/ng/community/book-club")
    expect(fake.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ["POST", "/store/community/replies/crep_1", { body: "Fixed typo" }],
      ["DELETE", "/store/community/discussions/disc_1", undefined],
    ])
  })

  it("tell the author another's post cannot be changed", async () => {
    const fake = commerce(() => json({ message: "Only its author can change this reply" }, 403))
    const { deletePostAction } = await load(fake)
    expect(await deletePostAction(null, form({ ...post, targetType: "reply", targetId: "crep_2" }))).toMatchObject({
      ok: false,
      message: "Only its author can change or delete this post.",
    })
  })

  it("follow a member and stop following a discussion, back on its page; an id that is not one is refused without asking commerce", async () => {
    const fake = commerce(() => json({ follow: {}, created: true }, 201))
    const { followAction } = await load(fake)
    expect(await redirectTarget(followAction(null, form({ targetType: "member", targetId: "cmem_1", intent: "follow" })))).toBe("/ng/community/members/cmem_1")
    expect(await redirectTarget(followAction(null, form({ targetType: "discussion", targetId: "disc_1", category: "book-club", intent: "unfollow" })))).toBe(
      "/ng/community/book-club/disc_1"
    )
    expect(fake.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ["POST", "/store/community/follows", { target_type: "member", target_id: "cmem_1" }],
      ["DELETE", "/store/community/follows", { target_type: "discussion", target_id: "disc_1" }],
    ])
    expect((await followAction(null, form({ targetType: "member", targetId: "../admin", intent: "follow" })))?.message).toBe("This member cannot be found.")
    expect(fake.calls).toHaveLength(2)
  })
})
