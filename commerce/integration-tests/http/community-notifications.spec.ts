import "../utils/community-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import sendCommunityDigestsJob from "../../src/jobs/send-community-digests"
import { notifyMember } from "../../src/lib/community/notify"
import { eventually } from "../utils/shop"
import { openCommunity, type Headers } from "../utils/community"

jest.setTimeout(180 * 1000)

type Notification = { id: string; kind: string; text: string; detail: string | null; path: string; actor: { display_name: string } | null; read_at: string | null }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    beforeAll(async () => {
      c = await openCommunity(api, getContainer)
    })

    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))
    let n = 0
    /** A member with a name no other spec uses, and the handle that mentions them. */
    const reader = async (first: string) => {
      const name = `${first} Reader${++n}${Date.now().toString(36).replace(/\d/g, "")}`
      const m = await c.member(name)
      return { ...m, name, handle: `@${name.replace(/\s+/g, "")}` }
    }
    const list = async (headers: Headers, params: object = {}) =>
      (await api.get("/store/community/notifications", { headers, params })).data as { notifications: Notification[]; next_cursor: string | null }
    const unread = async (headers: Headers) => (await api.get("/store/community/notifications/unread-count", { headers })).data.unread as number
    const ofKind = async (headers: Headers, kind: string) => (await list(headers, { limit: 50 })).notifications.filter((x) => x.kind === kind)
    const emailOf = async (memberId: string) => {
      const [m] = await community().listCommunityMembers({ id: memberId })
      return (await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(m.customer_id)).email!
    }
    const emails = (to: string, template: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template })
    const prefer = (headers: Headers, prefs: Record<string, string>) => c.call(api.post("/store/community/notifications/preferences", prefs, { headers }))

    it("resolves an @mention to its member and notifies them once under 20 identical concurrent replies, never the writer", async () => {
      const author = await reader("Ann")
      const bea = await reader("Bea")
      const writer = await reader("Cal")
      expect((await prefer(bea.headers, { mention: "email" })).status).toBe(200)
      const d = (await c.discuss(author.headers, "Owls everywhere", "Who likes owls")).data.discussion
      const body = `Thanks ${bea.handle.toLowerCase()}, and me ${writer.handle}; not \`${bea.handle}\` in code, nor mail@${bea.name.replace(/\s+/g, "")}.com`
      const replies = await Promise.all(Array.from({ length: 20 }, () => c.reply(writer.headers, d.id, body)))
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1)
      expect(new Set(replies.map((r) => r.data.reply.id)).size).toBe(1)

      const mentions = await eventually(() => ofKind(bea.headers, "mention"), (x) => x.length > 0)
      await settle()
      expect(await ofKind(bea.headers, "mention")).toHaveLength(1)
      expect(mentions[0]).toMatchObject({
        text: `${writer.name} mentioned you in “Who likes owls”`,
        path: `/community/book-club/${d.id}#reply-${replies[0].data.reply.id}`,
        actor: { display_name: writer.name },
        read_at: null,
      })
      expect(await ofKind(writer.headers, "mention")).toEqual([])
      // Bea chose email for mentions: one email; the discussion's author hears of the reply (in the bell and by email, the default).
      expect(await emails(await emailOf(bea.id), "community-notification")).toHaveLength(1)
      expect(await ofKind(author.headers, "reply")).toHaveLength(1)
      expect(await eventually(async () => emails(await emailOf(author.id), "community-reply"), (x) => x.length > 0)).toHaveLength(1)
    })

    it("tells no one outside a private group of a mention or reply in it, and tells a member they were invited to a group", async () => {
      const admin = await c.admin()
      const group = (await c.call(api.post("/admin/community/groups", { name: `Quiet circle ${Date.now()}`, visibility: "private" }, { headers: admin }))).data.group
      const insider = await reader("Ify")
      const outsider = await reader("Ola")
      // Staff invite the insider (a notification), who accepts.
      expect((await c.call(api.post(`/admin/community/groups/${group.id}/members`, { member_id: insider.id }, { headers: admin }))).status).toBeLessThan(300)
      const [invite] = await eventually(() => ofKind(insider.headers, "group_invite"), (x) => x.length > 0)
      expect(invite).toMatchObject({ path: `/community/groups/${group.slug}`, read_at: null })
      expect(invite.text).toContain(group.name)
      expect((await c.call(api.post(`/store/community/groups/${group.id}/membership`, {}, { headers: insider.headers }))).status).toBeLessThan(300)

      const post = await c.call(
        api.post("/store/community/discussions", { category_id: c.categoryId("book-club"), group_id: group.id, title: "Members only", body: `Hello ${outsider.handle}` }, { headers: insider.headers })
      )
      expect(post.status).toBe(201)
      // The same words outside the group do reach the outsider: the filter is the group, not the mention.
      await c.discuss(insider.headers, `Hello ${outsider.handle}`, "Open to all")
      const mentions = await eventually(() => ofKind(outsider.headers, "mention"), (x) => x.length > 0)
      await settle()
      expect((await ofKind(outsider.headers, "mention")).map((m) => m.text)).toEqual([`${insider.name} mentioned you in “Open to all”`])
      expect(mentions).toHaveLength(1)
    })

    it("creates one notification per source event however often it is asked at once", async () => {
      const bea = await reader("Dee")
      const asks = Array.from({ length: 20 }, () =>
        notifyMember(getContainer(), { recipient_id: bea.id, kind: "group_invite", data: { group_name: "Night readers" }, source_key: `group_invite:test-${bea.id}` })
      )
      const results = await Promise.all(asks)
      expect(results.filter((r) => r.id)).toHaveLength(1)
      const invites = await ofKind(bea.headers, "group_invite")
      expect(invites).toHaveLength(1)
      expect(invites[0]).toMatchObject({ text: "The community team invited you to the group “Night readers”", path: "/community" })
    })

    it("shows a member only their own notifications: another's id is not found; pages by cursor; marks one and then all read", async () => {
      const owner = await reader("Eve")
      const other = await reader("Fay")
      const d = (await c.discuss(other.headers, "Foxes", "Fox facts")).data.discussion
      for (const body of ["one", "two", "three"]) await c.reply(other.headers, d.id, `${body} for ${owner.handle}`)
      await eventually(() => unread(owner.headers), (u) => u >= 3)
      const mine = await list(owner.headers)
      expect(mine.notifications.map((x) => x.kind)).toEqual(["mention", "mention", "mention"])
      expect(await unread(owner.headers)).toBe(3)

      // Someone else's notification: not in their list, and not found when they try to mark it.
      expect((await list(other.headers)).notifications.map((x) => x.id)).not.toContain(mine.notifications[0].id)
      const theirs = await c.call(api.post(`/store/community/notifications/${mine.notifications[0].id}/read`, {}, { headers: other.headers }))
      expect(theirs.status).toBe(404)
      expect(await unread(owner.headers)).toBe(3)

      const first = await list(owner.headers, { limit: 2 })
      const second = await list(owner.headers, { limit: 2, cursor: first.next_cursor })
      expect([...first.notifications, ...second.notifications].map((x) => x.id)).toEqual(mine.notifications.map((x) => x.id))
      expect(second.next_cursor).toBeNull()
      expect((await c.call(api.get("/store/community/notifications", { headers: owner.headers, params: { cursor: "bm9wZQ" } }))).status).toBe(400)
      expect((await c.call(api.get("/store/community/notifications", { headers: owner.headers, params: { limit: 500 } }))).status).toBe(400)

      const marked = await api.post(`/store/community/notifications/${mine.notifications[1].id}/read`, {}, { headers: owner.headers })
      expect(marked.data.notification).toMatchObject({ id: mine.notifications[1].id, read_at: expect.any(String) })
      expect(await unread(owner.headers)).toBe(2)
      expect((await api.post("/store/community/notifications/read-all", {}, { headers: owner.headers })).data).toMatchObject({ marked: 2, unread: 0 })
      expect(await unread(owner.headers)).toBe(0)

      expect((await c.call(api.get("/store/community/notifications/unread-count", { headers: c.key }))).status).toBe(401)
      const outsider = await c.register(`outsider-${Date.now()}@example.com`)
      expect((await c.call(api.get("/store/community/notifications/unread-count", { headers: outsider }))).status).toBe(404)
    })

    it("answers the bell's count outside /store: signed in only, each member their own, and never after signing out", async () => {
      const bell = (headers: Record<string, string>) => c.call(api.get("/community/unread", { headers }))
      const gia = await reader("Gia")
      const hal = await reader("Hal")
      const d = (await c.discuss(hal.headers, "Herons", "Heron sightings")).data.discussion
      for (const body of ["first", "second"]) await c.reply(hal.headers, d.id, `${body} for ${gia.handle}`)
      await eventually(() => unread(gia.headers), (u) => u >= 2)

      // No publishable key needed: the bearer token alone; the same number as the /store route.
      const giaToken = { authorization: gia.headers.authorization }
      const mine = await bell(giaToken)
      expect(mine.status).toBe(200)
      expect(mine.data).toEqual({ unread: 2, capped: false })
      expect(mine.headers["cache-control"]).toBe("private, no-store")
      // Another member's token gives their own count, never Gia's (Hal's is his first-discussion badge).
      const hals = await unread(hal.headers)
      expect(hals).not.toBe(2)
      expect((await bell({ authorization: hal.headers.authorization })).data).toEqual({ unread: hals, capped: false })

      expect((await bell({})).status).toBe(401)
      expect((await bell(c.key)).status).toBe(401)
      expect((await bell({ authorization: "Bearer not-a-token" })).status).toBe(401)
      expect((await bell(await c.admin())).status).toBe(401)
      const outsider = await c.register(`bell-outsider-${Date.now()}@example.com`)
      expect((await bell({ authorization: outsider.authorization })).status).toBe(404)

      // Signed out everywhere: the old token is refused here as on /store.
      expect((await c.call(api.delete("/store/customers/me/sessions", { headers: gia.headers }))).status).toBe(200)
      const after = await bell(giaToken)
      expect(after.status).toBe(401)
      expect(after.data.message).toBe("This session has been signed out. Please sign in again.")
    })

    it("keeps each member's choice per kind: defaults, off creates nothing, a bad choice is a 400 naming the kind", async () => {
      const gus = await reader("Gus")
      const hal = await reader("Hal")
      expect((await api.get("/store/community/notifications/preferences", { headers: gus.headers })).data.preferences).toEqual({
        reply: "email",
        mention: "in_app",
        reaction: "in_app",
        badge: "in_app",
        moderation: "in_app",
        group_invite: "in_app",
      })
      const bad = await prefer(gus.headers, { reaction: "sms" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/reaction/)
      expect((await prefer(gus.headers, {})).status).toBe(400)
      expect((await prefer(gus.headers, { reaction: "off", reply: "in_app" })).data.preferences).toMatchObject({ reaction: "off", reply: "in_app" })
      // The older profile switch agrees with the reply choice.
      expect((await api.get("/store/community/members/me", { headers: gus.headers })).data.member.notify_on_reply).toBe(false)

      const d = (await c.discuss(gus.headers, "Badgers", "Badger talk")).data.discussion
      await c.call(api.post("/store/community/reactions", { target_type: "discussion", target_id: d.id, kind: "like" }, { headers: hal.headers }))
      await c.reply(hal.headers, d.id, "Badgers are great")
      // The badge for a first discussion still arrives (badges stay in the bell); the reaction made nothing.
      await eventually(() => ofKind(gus.headers, "badge"), (x) => x.length > 0)
      await eventually(() => ofKind(gus.headers, "reply"), (x) => x.length > 0)
      await settle()
      expect(await ofKind(gus.headers, "reaction")).toEqual([])
      expect((await ofKind(gus.headers, "badge"))[0].text).toBe("You earned the badge “First discussion”")
      expect(await emails(await emailOf(gus.id), "community-reply")).toEqual([])
    })

    it("tells an author of reactions once per reacting member and post, and of a moderator hiding their post", async () => {
      const ida = await reader("Ida")
      const jon = await reader("Jon")
      const d = (await c.discuss(ida.headers, "Crows", "Crow corner")).data.discussion
      const react = (kind: string | null) =>
        c.call(api.post("/store/community/reactions", { target_type: "discussion", target_id: d.id, kind }, { headers: jon.headers }))
      await react("like")
      await react("thanks")
      await react(null)
      await react("like")
      await eventually(() => ofKind(ida.headers, "reaction"), (x) => x.length > 0)
      await settle()
      const reactions = await ofKind(ida.headers, "reaction")
      expect(reactions).toHaveLength(1)
      expect(reactions[0].text).toBe(`${jon.name} reacted to your discussion “Crow corner”`)

      const admin = await c.admin()
      await api.post("/admin/community/moderation", { action: "hide", target_type: "discussion", target_id: d.id, reason: "Off topic here" }, { headers: admin })
      const moderation = await eventually(() => ofKind(ida.headers, "moderation"), (x) => x.length > 0)
      expect(moderation).toHaveLength(1)
      expect(moderation[0]).toMatchObject({ text: "A moderator hid your discussion “Crow corner”", detail: "Reason: Off topic here", actor: null })
    })

    it("sends members who chose a digest one email a day with the day's unread notifications, however many workers run it", async () => {
      const kim = await reader("Kim")
      const lou = await reader("Lou")
      const mia = await reader("Mia")
      await prefer(kim.headers, { mention: "digest" })
      const d = (await c.discuss(lou.headers, `Hello ${kim.handle} and ${mia.handle}`, "Moths")).data.discussion
      await eventually(() => ofKind(kim.headers, "mention"), (x) => x.length > 0)
      await eventually(() => ofKind(mia.headers, "mention"), (x) => x.length > 0)
      // Digest is not email at once.
      expect(await emails(await emailOf(kim.id), "community-notification")).toEqual([])

      const at = new Date(Date.now() + 60_000)
      const run = (when = at) => sendCommunityDigestsJob(getContainer(), { scheduledFor: when } as never)
      await Promise.all([run(), run(), run()])
      await run(new Date(at.getTime() + 1000))
      const digests = await emails(await emailOf(kim.id), "community-digest")
      expect(digests).toHaveLength(1)
      expect(digests[0].data).toMatchObject({
        items: [{ text: `${lou.name} mentioned you in “Moths”`, url: `http://localhost:8000/ng/community/book-club/${d.id}` }],
        more: 0,
      })
      // Mia kept the bell only: no digest for her.
      expect(await emails(await emailOf(mia.id), "community-digest")).toEqual([])
    })
  },
})
