import { describe, expect, it } from "vitest"
import { discussionSchema, editPostSchema, formFields, PRIVACY_FIELDS, profileBody, profileSchema, refusalMessage, replySchema } from "../actions/community-input"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

describe("community forms", () => {
  it("check a new discussion's title and message and drop a malformed idempotency key", () => {
    const parsed = discussionSchema.safeParse(formFields(form({ category_id: "ccat_1", title: "  Hi ", body: "   ", idempotencyKey: "<bad>" })))
    expect(parsed.success).toBe(false)
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => [i.path[0], i.message])
    expect(messages).toEqual([
      ["title", "Your title needs at least 3 characters."],
      ["body", "Write your message."],
    ])
    const ok = discussionSchema.parse(formFields(form({ category_id: "ccat_1", title: "Hello all", body: "Text", idempotencyKey: "<bad>" })))
    expect(ok.idempotencyKey).toBeUndefined()
  })

  it("refuse a reply to a path-like discussion id or category", () => {
    expect(replySchema.safeParse({ discussionId: "../admin", category: "book-club", body: "x" }).success).toBe(false)
    expect(replySchema.safeParse({ discussionId: "disc_1", category: "Book Club/..", body: "x" }).success).toBe(false)
    expect(replySchema.safeParse({ discussionId: "disc_1", category: "book-club", body: "x" }).success).toBe(true)
  })

  it("edit a discussion's title and message, but a reply's text only", () => {
    const base = { countryCode: "ng", category: "book-club", discussionId: "disc_1", targetId: "disc_1" }
    expect(editPostSchema.parse({ ...base, targetType: "discussion", title: " New title ", body: "New body" })).toMatchObject({ title: "New title" })
    expect(editPostSchema.safeParse({ ...base, targetType: "discussion", body: "New body" }).success).toBe(false)
    const reply = editPostSchema.parse({ ...base, targetType: "reply", targetId: "crep_1", title: "ignored", body: "Fixed" })
    expect(reply).not.toHaveProperty("title")
    expect(editPostSchema.safeParse({ ...base, targetType: "reply", body: "x".repeat(5_001) }).success).toBe(false)
  })

  it("read an unticked checkbox as false", () => {
    expect(formFields(form({ display_name: "Ada" }), ["notify_on_reply"])).toEqual({ display_name: "Ada", notify_on_reply: false })
    expect(formFields(form({ notify_on_reply: "on" }), ["notify_on_reply"])).toEqual({ notify_on_reply: true })
  })
})

describe("refusalMessage", () => {
  it("keeps the wait of a rate limit", () => {
    expect(refusalMessage(429, "Too many community posts. Try again in 4 minutes.")).toBe("You are posting too quickly. Try again in 4 minutes.")
    expect(refusalMessage(429, "Too Many Requests")).toBe("You are posting too quickly. Please wait a few minutes.")
  })

  it("puts commerce's refusals in a reader's words", () => {
    expect(refusalMessage(403, "Your community membership is suspended: you cannot post or react")).toMatch(/suspended/)
    expect(refusalMessage(403, "This discussion is locked: it takes no new replies")).toBe("This discussion is locked: it takes no new replies.")
    expect(refusalMessage(403, "Join the community before posting (POST /store/community/members)")).not.toMatch(/POST/)
    expect(refusalMessage(400, "body has no text left once unsafe markup is removed")).toMatch(/^Your post has no text left/)
    expect(refusalMessage(400, "Invalid request: Field 'title' is required")).toBe("Please check the form: Field 'title' is required")
    expect(refusalMessage(409, "You have already joined the community")).toBe("You have already joined the community")
    expect(refusalMessage(404, "reply crep_1 was not found")).toBe("That post is no longer here.")
  })

  it("leaves server failures to the generic message", () => {
    expect(refusalMessage(500, "boom")).toBeNull()
    expect(refusalMessage(null, "fetch failed (ECONNREFUSED)")).toBeNull()
  })

  it("turn the privacy checkboxes into commerce's privacy object: an unticked box keeps that part private", () => {
    const fields = formFields(form({ display_name: "Ada", bio: "Hi", show_bio: "on", show_courses: "on" }), [...PRIVACY_FIELDS])
    expect(profileBody(profileSchema.parse(fields))).toEqual({
      display_name: "Ada",
      bio: "Hi",
      privacy: { bio: true, badges: false, groups: false, courses: true, posts: false, hidden_from_directory: false },
    })
  })
})
