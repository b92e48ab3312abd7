import { FOLLOWS_PER_HOUR, POST_LIMIT, POST_WINDOW_SECONDS } from "../utils/community-limits-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import { openCommunity } from "../utils/community"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
    beforeAll(async () => {
      c = await openCommunity(api, getContainer)
    })

    it("limits posting per member: 429 with Retry-After and when to try again; other members unaffected", async () => {
      const flooder = await c.member("Flooder")
      const d = (await c.discuss(flooder.headers, "first", "Flood host")).data.discussion
      for (let i = 1; i < POST_LIMIT; i++) expect((await c.reply(flooder.headers, d.id, `reply ${i}`)).status).toBe(201)
      const blocked = await c.reply(flooder.headers, d.id, "one too many")
      expect(blocked.status).toBe(429)
      const retryAfter = Number(blocked.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(POST_WINDOW_SECONDS)
      expect(blocked.data.message).toMatch(/Too many community posts\. Try again in \d+ minutes?\./)
      expect((await c.discuss(flooder.headers, "new one", "Another flood")).status).toBe(429)
      expect(await community().listCommunityReplies({ discussion_id: d.id, body: "one too many" })).toEqual([])

      const calm = await c.member("Calm")
      expect((await c.reply(calm.headers, d.id, "I am fine")).status).toBe(201)
    })

    it("limits follows and unfollows per member: 429 with Retry-After past COMMUNITY_FOLLOWS_PER_HOUR, and nothing changed", async () => {
      const fan = await c.member("Fickle Fan")
      const star = await c.member("Star")
      const target = { target_type: "member", target_id: star.id }
      for (let i = 0; i < FOLLOWS_PER_HOUR; i++) {
        const res = await c.call(i % 2 ? api.delete("/store/community/follows", { headers: fan.headers, data: target }) : api.post("/store/community/follows", target, { headers: fan.headers }))
        expect(res.status).toBeLessThan(300)
      }
      const blocked = await c.call(api.post("/store/community/follows", target, { headers: fan.headers }))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data.message).toMatch(/Too many community follows\. Try again in \d+ minutes?\./)
      expect(await community().listCommunityFollows({ follower_id: fan.id })).toEqual([])
    })

    it("stores a double-submitted discussion once, with the same Idempotency-Key sent concurrently", async () => {
      const m = await c.member("Double Clicker")
      const key = { "idempotency-key": "7d1c0c1e-double-click" }
      const results = await Promise.all([1, 2, 3].map(() => c.discuss(m.headers, "Twice clicked", "Clicked twice", key)))
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201])
      expect(new Set(results.map((r) => r.data.discussion.id)).size).toBe(1)
      expect(await community().listCommunityDiscussions({ author_id: m.id })).toHaveLength(1)
    })

    it("stores the same words once when resubmitted concurrently without a key, and counts the reply once", async () => {
      const author = await c.member("Host")
      const d = (await c.discuss(author.headers, "host", "Concurrency host")).data.discussion
      const m = await c.member("Impatient")
      const results = await Promise.all([1, 2, 3].map(() => c.reply(m.headers, d.id, "Same  words, sent again")))
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201])
      expect(new Set(results.map((r) => r.data.reply.id)).size).toBe(1)
      expect(await community().listCommunityReplies({ discussion_id: d.id })).toHaveLength(1)
      expect((await api.get(`/store/community/discussions/${d.id}`, { headers: c.key })).data.discussion.reply_count).toBe(1)
      // Different words are a different post.
      expect((await c.reply(m.headers, d.id, "Something new")).status).toBe(201)
    })

    it("counts concurrent replies from many members exactly", async () => {
      const author = await c.member("Popular")
      const d = (await c.discuss(author.headers, "popular", "Popular discussion")).data.discussion
      const members = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => c.member(`Fan ${i}`)))
      const results = await Promise.all(members.map((m, i) => c.reply(m.headers, d.id, `Fan reply ${i}`)))
      expect(results.map((r) => r.status)).toEqual(members.map(() => 201))
      expect((await api.get(`/store/community/discussions/${d.id}`, { headers: c.key })).data.discussion.reply_count).toBe(6)
    })
  },
})
