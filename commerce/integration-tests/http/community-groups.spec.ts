import "../utils/community-env"
import "../utils/cms-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../../src/lib/env"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import { SEARCH_MODULE } from "../../src/modules/search"
import type SearchModuleService from "../../src/modules/search/service"
import { openCommunity, type Headers } from "../utils/community"
import { eventually } from "../utils/shop"

jest.setTimeout(180 * 1000)

/**
 * Interest groups: staff make them (public, or private: by request or
 * invitation); members join and leave; a private group's discussions, and
 * everything on them, are its members' only; a group's moderators moderate
 * that group and no other.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    let admin: Headers
    beforeAll(async () => {
      c = await openCommunity(api, getContainer)
      admin = await c.admin()
    })

    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
    let made = 0
    const createGroup = async (visibility: "public" | "private", extra: Record<string, unknown> = {}) => {
      const name = `${visibility === "private" ? "Private" : "Open"} circle ${++made} ${Date.now()}`
      const res = await c.call(api.post("/admin/community/groups", { name, visibility, ...extra }, { headers: admin }))
      expect([res.status, res.data.message]).toEqual([201, undefined])
      return res.data.group as { id: string; slug: string; name: string; visibility: string }
    }
    const membership = (h: Headers, group: string, method: "post" | "delete" = "post") =>
      c.call(method === "post" ? api.post(`/store/community/groups/${group}/membership`, {}, { headers: h }) : api.delete(`/store/community/groups/${group}/membership`, { headers: h }))
    const decide = (group: string, memberId: string, action: string) =>
      c.call(api.post(`/admin/community/groups/${group}/members/${memberId}`, { action }, { headers: admin }))
    const discussIn = (h: Headers, groupId: string | null, title = "In the group", body = "Group words") =>
      c.call(api.post("/store/community/discussions", { category_id: c.categoryId("book-club"), group_id: groupId, title, body }, { headers: h }))
    /** A private group with one member (approved by staff) who posted a discussion in it. */
    const privateWithPost = async () => {
      const group = await createGroup("private")
      const insider = await c.member("Insider")
      expect((await membership(insider.headers, group.slug)).data.membership).toMatchObject({ status: "requested" })
      expect((await decide(group.id, insider.id, "approve")).status).toBe(200)
      const posted = await discussIn(insider.headers, group.id, "Members only words", `Secret thoughts ${Date.now()}`)
      expect(posted.status).toBe(201)
      return { group, insider, discussion: posted.data.discussion as { id: string; title: string } }
    }

    describe("staff manage groups", () => {
      it("create, edit and archive a group: the description is sanitised, the slug checked, bad input a 400 naming the field; all logged", async () => {
        const res = await c.call(
          api.post(
            "/admin/community/groups",
            { name: "Poetry circle", description: "We read **poems**<script>alert(1)</script> [x](javascript:alert(1))", image_url: "https://img.example/p.jpg" },
            { headers: admin }
          )
        )
        expect(res.status).toBe(201)
        const group = res.data.group
        expect(group).toMatchObject({ slug: "poetry-circle", visibility: "public", image_url: "https://img.example/p.jpg", member_count: 0 })
        expect(group.description_html).toContain("<strong>poems</strong>")
        expect(group.description_html).not.toMatch(/script|javascript/)

        for (const [body, message] of [
          [{ name: "x" }, /name must be at least 2/],
          [{ name: "Ok name", visibility: "secret" }, /Visibility must be public or private/],
          [{ name: "Ok name", image_url: "javascript:alert(1)" }, /https:\/\//],
          [{ name: "Ok name", slug: "Bad Slug" }, /lowercase letters/],
        ] as const) {
          const bad = await c.call(api.post("/admin/community/groups", body, { headers: admin }))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        const taken = await c.call(api.post("/admin/community/groups", { name: "Poetry circle" }, { headers: admin }))
        expect([taken.status, taken.data.message]).toEqual([422, "The web address “poetry-circle” is already used by the group “Poetry circle”"])

        const edited = await api.post(`/admin/community/groups/${group.id}`, { name: "Poets", visibility: "private" }, { headers: admin })
        expect(edited.data.group).toMatchObject({ name: "Poets", visibility: "private" })
        expect(edited.data.changes).toMatchObject({ name: { from: "Poetry circle", to: "Poets" }, visibility: { from: "public", to: "private" } })

        await api.post(`/admin/community/groups/${group.id}/archive`, {}, { headers: admin })
        const listed = (await api.get("/store/community/groups", { headers: c.key })).data.groups.map((g: { id: string }) => g.id)
        expect(listed).not.toContain(group.id)
        const m = await c.member("Latecomer")
        const closed = await membership(m.headers, group.slug)
        expect([closed.status, closed.data.message]).toEqual([400, "The group “Poets” is archived: it takes no new members"])
        expect((await c.call(api.post(`/admin/community/groups/${group.id}/archive`, {}, { headers: admin }))).status).toBe(400)

        const log = (await api.get("/admin/community/moderation-log", { headers: admin, params: { target_id: group.id } })).data.entries
        expect(log.map((e: { action: string }) => e.action)).toEqual(["archive_group", "update_group", "create_group"])
        expect(log[0].target).toMatchObject({ type: "group", name: "Poets" })
      })
    })

    describe("joining and leaving", () => {
      it("joins and leaves a public group; joining again changes nothing", async () => {
        const group = await createGroup("public")
        const m = await c.member("Joiner")
        const first = await membership(m.headers, group.slug)
        expect([first.status, first.data.membership]).toEqual([201, { group_id: group.id, status: "active", role: "member" }])
        expect((await membership(m.headers, group.id)).status).toBe(200)
        const seen = (await api.get(`/store/community/groups/${group.slug}`, { headers: m.headers })).data.group
        expect(seen).toMatchObject({ member_count: 1, membership: { status: "active", role: "member" } })
        expect((await api.get("/store/community/members/me/groups", { headers: m.headers })).data.groups.map((g: { id: string }) => g.id)).toEqual([group.id])
        expect((await membership(m.headers, group.slug, "delete")).status).toBe(200)
        expect((await api.get(`/store/community/groups/${group.slug}`, { headers: c.key })).data.group).toMatchObject({ member_count: 0, membership: null })
        expect((await membership(m.headers, group.slug, "delete")).status).toBe(404)
        expect((await membership(c.key, group.slug)).status).toBe(401)
        expect((await membership(m.headers, "no-such-group")).status).toBe(404)
      })

      it("makes one membership of twenty racing joins", async () => {
        const group = await createGroup("public")
        const m = await c.member("Racer")
        const answers = await Promise.all(Array.from({ length: 20 }, () => membership(m.headers, group.id)))
        expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true)
        expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
        expect(await community().listCommunityGroupMemberships({ group_id: group.id, member_id: m.id }, { withDeleted: true })).toHaveLength(1)
      })

      it("refuses a suspended member, whether they join or staff invite or approve them", async () => {
        const [open, closed] = [await createGroup("public"), await createGroup("private")]
        const m = await c.member("Suspended Joiner")
        expect((await membership(m.headers, closed.slug)).status).toBe(201)
        await api.post("/admin/community/moderation", { action: "suspend", target_type: "member", target_id: m.id, reason: "Spam" }, { headers: admin })
        const refused = await membership(m.headers, open.slug)
        expect([refused.status, refused.data.message]).toEqual([403, expect.stringMatching(/suspended/)])
        expect((await decide(closed.id, m.id, "approve")).data.message).toMatch(/suspended: a suspended member cannot join groups/)
        const invite = await c.call(api.post(`/admin/community/groups/${open.id}/members`, { member_id: m.id }, { headers: admin }))
        expect(invite.status).toBe(400)
        expect(await community().listCommunityGroupMemberships({ member_id: m.id, status: "active" })).toEqual([])
      })

      it("takes a private group's members by request (approved by staff) or by invitation (accepted by the member)", async () => {
        const group = await createGroup("private")
        const asker = await c.member("Asker")
        const invited = await c.member("Invited")
        expect((await membership(asker.headers, group.slug)).data.membership.status).toBe("requested")
        expect((await membership(asker.headers, group.slug)).data.membership.status).toBe("requested")
        const requests = (await api.get(`/admin/community/groups/${group.id}/members`, { headers: admin, params: { status: "requested" } })).data
        expect(requests.memberships.map((r: { member: { id: string } }) => r.member.id)).toEqual([asker.id])
        expect((await api.get("/admin/community/groups", { headers: admin })).data.groups.find((g: { id: string }) => g.id === group.id).pending_requests).toBe(1)
        expect((await decide(group.id, asker.id, "approve")).data.membership).toMatchObject({ status: "active" })
        expect((await decide(group.id, asker.id, "approve")).status).toBe(400)

        const invitation = await c.call(api.post(`/admin/community/groups/${group.id}/members`, { member_id: invited.id }, { headers: admin }))
        expect(invitation.data.membership).toMatchObject({ status: "invited" })
        const mine = (await api.get("/store/community/members/me/groups", { headers: invited.headers })).data.groups
        expect(mine).toEqual([expect.objectContaining({ id: group.id, membership: { status: "invited", role: "member" } })])
        expect((await membership(invited.headers, group.slug)).data.membership.status).toBe("active")
        expect((await api.get(`/store/community/groups/${group.slug}`, { headers: c.key })).data.group.member_count).toBe(2)
      })
    })

    describe("a private group's discussions are its members' only", () => {
      it("hides them from outsiders everywhere: list, detail, search by group, profiles, replies, reactions, reports, edits (404)", async () => {
        const { group, insider, discussion } = await privateWithPost()
        const outsider = await c.member("Outsider")
        const requester = await c.member("Requester")
        await membership(requester.headers, group.slug)
        const ids = (r: { data: { discussions: { id: string }[] } }) => r.data.discussions.map((d) => d.id)

        for (const viewer of [c.key, outsider.headers, requester.headers]) {
          expect(ids(await api.get("/store/community/discussions", { headers: viewer, params: { q: discussion.title.split(" ")[0], limit: 50 } }))).not.toContain(discussion.id)
          expect(ids(await api.get("/store/community/discussions", { headers: viewer, params: { category: "book-club", limit: 50 } }))).not.toContain(discussion.id)
          expect((await c.call(api.get(`/store/community/discussions/${discussion.id}`, { headers: viewer }))).status).toBe(404)
          expect((await c.call(api.get("/store/community/discussions", { headers: viewer, params: { group: group.slug } }))).status).toBe(404)
          const profile = (await api.get(`/store/community/members/${insider.id}`, { headers: viewer })).data
          expect(profile.discussions).toEqual([])
        }
        for (const res of [
          await c.reply(outsider.headers, discussion.id, "Let me in"),
          await c.call(api.post("/store/community/reactions", { target_type: "discussion", target_id: discussion.id }, { headers: outsider.headers })),
          await c.call(api.post("/store/community/reports", { target_type: "discussion", target_id: discussion.id, reason: "Curious" }, { headers: outsider.headers })),
        ]) {
          expect([res.status, res.data.message]).toEqual([404, `discussion ${discussion.id} was not found`])
        }
        const posted = await discussIn(outsider.headers, group.id)
        expect([posted.status, posted.data.message]).toEqual([403, `Only members of “${group.name}” can post in it`])

        // Its member reads, replies, reacts; the reply is theirs to see and edit, and no outsider's.
        const inside = await api.get("/store/community/discussions", { headers: insider.headers, params: { group: group.slug } })
        expect(ids(inside)).toEqual([discussion.id])
        expect(inside.data.discussions[0].group).toEqual({ id: group.id, name: group.name, slug: group.slug, visibility: "private" })
        const reply = (await c.reply(insider.headers, discussion.id, "Inside reply")).data.reply
        expect((await api.post("/store/community/reactions", { target_type: "reply", target_id: reply.id }, { headers: insider.headers })).status).toBe(200)
        const reactToReply = await c.call(api.post("/store/community/reactions", { target_type: "reply", target_id: reply.id }, { headers: outsider.headers }))
        expect(reactToReply.status).toBe(404)
        const thread = (await api.get(`/store/community/discussions/${discussion.id}`, { headers: insider.headers })).data
        expect(thread.discussion.group).toMatchObject({ slug: group.slug })
        expect(thread.replies.map((r: { id: string }) => r.id)).toEqual([reply.id])

        // Leaving the group, the member loses it too.
        await membership(insider.headers, group.slug, "delete")
        expect((await c.call(api.get(`/store/community/discussions/${discussion.id}`, { headers: insider.headers }))).status).toBe(404)
        const edit = await c.call(api.post(`/store/community/discussions/${discussion.id}`, { body: "Edited from outside" }, { headers: insider.headers }))
        expect(edit.status).toBe(404)
      })

      it("keeps private-group discussions out of the search index, and takes them out when a public group turns private", async () => {
        const search = () => getContainer().resolve<SearchModuleService>(SEARCH_MODULE)
        const indexed = async (id: string) => (await search().listSearchDocuments({ kind: "discussion", source_id: id })).length
        const { discussion } = await privateWithPost()
        const group = await createGroup("public")
        const m = await c.member("Public poster")
        await membership(m.headers, group.slug)
        const open = (await discussIn(m.headers, group.id, "Open to all", "Open circle words")).data.discussion
        await eventually(() => indexed(open.id), (n) => n === 1)
        expect(await indexed(open.id)).toBe(1)
        expect(await indexed(discussion.id)).toBe(0)
        const mustJoin = await discussIn((await c.member("Not joined")).headers, group.id)
        expect([mustJoin.status, mustJoin.data.message]).toEqual([403, `Join “${group.name}” before starting a discussion in it`])

        await api.post(`/admin/community/groups/${group.id}`, { visibility: "private" }, { headers: admin })
        expect(await eventually(() => indexed(open.id), (n) => n === 0)).toBe(0)
      })
    })

    describe("group moderators", () => {
      it("hide and restore posts in their own group only, through the moderation log; they approve requests to their group only", async () => {
        const { group, insider, discussion } = await privateWithPost()
        const other = await privateWithPost()
        const mod = await c.member("Group Mod")
        await c.call(api.post(`/admin/community/groups/${group.id}/members`, { member_id: mod.id }, { headers: admin }))
        await membership(mod.headers, group.slug)
        expect((await decide(group.id, mod.id, "promote")).data.membership).toMatchObject({ role: "moderator" })
        await membership(mod.headers, other.group.slug)
        const moderate = (target_id: string, action: "hide" | "restore", target_type = "discussion") =>
          c.call(api.post("/store/community/moderation", { action, target_type, target_id, reason: "Off topic" }, { headers: mod.headers }))

        const reply = (await c.reply(insider.headers, discussion.id, "Off-topic reply")).data.reply
        expect((await moderate(reply.id, "hide", "reply")).status).toBe(200)
        expect((await moderate(discussion.id, "hide")).status).toBe(200)
        // Hidden from the member who wrote it, still there for the group's moderator (to restore).
        expect((await c.call(api.get(`/store/community/discussions/${discussion.id}`, { headers: insider.headers }))).status).toBe(404)
        const seen = (await api.get(`/store/community/discussions/${discussion.id}`, { headers: mod.headers })).data
        expect(seen.discussion.visibility).toBe("hidden")
        expect(seen.replies).toEqual([expect.objectContaining({ id: reply.id, visibility: "hidden" })])
        expect(seen.viewer.can_moderate).toBe(true)
        expect((await moderate(discussion.id, "restore")).status).toBe(200)

        // Another group (which they only requested to join), or a post outside any group: refused.
        const outside = (await c.discuss(insider.headers, "Not in a group", "Ungrouped")).data.discussion
        expect((await moderate(other.discussion.id, "hide")).status).toBe(404)
        const refused = await moderate(outside.id, "hide")
        expect([refused.status, refused.data.message]).toEqual([403, expect.stringMatching(/Only community moderators/)])

        const log = (await api.get("/admin/community/moderation-log", { headers: admin, params: { actor_id: mod.id } })).data.entries
        expect(log.map((e: { action: string; target: { id: string } }) => [e.action, e.target.id])).toEqual([
          ["restore", discussion.id],
          ["hide", discussion.id],
          ["hide", reply.id],
        ])

        // Requests: their group's, not another's.
        const asker = await c.member("Asks the mod")
        await membership(asker.headers, group.slug)
        await membership(asker.headers, other.group.slug)
        const pending = (await api.get(`/store/community/groups/${group.slug}/requests`, { headers: mod.headers })).data.requests
        expect(pending.map((p: { member: { id: string } }) => p.member.id)).toEqual([asker.id])
        expect((await c.call(api.get(`/store/community/groups/${other.group.slug}/requests`, { headers: mod.headers }))).status).toBe(403)
        const elsewhere = await c.call(api.post(`/store/community/groups/${other.group.slug}/requests/${asker.id}`, { action: "approve" }, { headers: mod.headers }))
        expect(elsewhere.status).toBe(403)
        const approved = await api.post(`/store/community/groups/${group.slug}/requests/${asker.id}`, { action: "approve" }, { headers: mod.headers })
        expect(approved.data.membership).toMatchObject({ status: "active" })
        expect((await api.get(`/store/community/discussions/${discussion.id}`, { headers: asker.headers })).status).toBe(200)
        const invited = await c.member("Invited by mod")
        const invitation = await api.post(`/store/community/groups/${group.slug}/invitations`, { member_id: invited.id }, { headers: mod.headers })
        expect(invitation.data.membership).toMatchObject({ status: "invited" })
        const byMember = await c.call(api.post(`/store/community/groups/${group.slug}/invitations`, { member_id: mod.id }, { headers: insider.headers }))
        expect(byMember.status).toBe(403)
      })
    })

    describe("the activity feed and follows", () => {
      type Item = { id: string; kind: string; created_at: string; actor: { id: string } | null; discussion?: { id: string }; group?: { id: string }; cms?: { path: string } }
      const feed = (headers: Headers, params: Record<string, string | number> = {}) =>
        c.call(api.get("/store/community/feed", { headers, params: { limit: 50, ...params } }))
      const ids = async (headers: Headers, params: Record<string, string | number> = {}) =>
        ((await feed(headers, params)).data.items as Item[]).map((i) => i.id)
      const follow = (h: Headers, target_type: string, target_id: string, method: "post" | "delete" = "post") =>
        c.call(method === "post" ? api.post("/store/community/follows", { target_type, target_id }, { headers: h }) : api.delete("/store/community/follows", { headers: h, data: { target_type, target_id } }))
      const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

      it("shows each reader only what they may see: no private-group post to outsiders, no hidden post, no suspended member; replies in their threads, joins to their groups, badges members show", async () => {
        const { group, insider, discussion: secret } = await privateWithPost()
        const author = await c.member("Feed Author")
        const outsider = await c.member("Feed Outsider")
        const open = (await c.discuss(author.headers, "Out in the open", "Feed open thread")).data.discussion
        const hidden = (await c.discuss(author.headers, "Soon hidden", "Feed hidden thread")).data.discussion
        await community().updateCommunityDiscussions({ id: hidden.id, visibility: "hidden" })
        const benched = await c.member("Feed Benched")
        const benchedPost = (await c.discuss(benched.headers, "Before the bench", "Feed benched thread")).data.discussion
        await community().updateCommunityMembers({ id: benched.id, status: "suspended" })

        const visitor = await feed(c.key)
        expect(visitor.status).toBe(200)
        expect(visitor.headers["cache-control"]).toBe("public, max-age=15")
        const seen = (visitor.data.items as Item[]).map((i) => i.id)
        expect(seen).toContain(open.id)
        for (const absent of [secret.id, hidden.id, benchedPost.id]) expect(seen).not.toContain(absent)
        expect((visitor.data.items as Item[]).find((i) => i.id === open.id)).toMatchObject({
          kind: "discussion",
          actor: { id: author.id, display_name: "Feed Author" },
          discussion: { id: open.id, title: "Feed open thread", category_slug: "book-club" },
        })
        const outsiders = await feed(outsider.headers)
        expect(outsiders.headers["cache-control"]).toBe("private, no-store")
        expect((outsiders.data.items as Item[]).map((i) => i.id)).not.toContain(secret.id)
        expect(await ids(insider.headers)).toContain(secret.id)

        // A reply by someone else in a thread the reader took part in (not in the thread's visitor feed); a new member of their group.
        await c.reply(outsider.headers, open.id, "I was here first")
        const other = (await c.reply(insider.headers, open.id, "And I answer")).data.reply
        const joiner = await c.member("Feed Joiner")
        await membership(joiner.headers, group.slug)
        expect((await decide(group.id, joiner.id, "approve")).status).toBe(200)
        const outsiderItems = (await feed(outsider.headers)).data.items as Item[]
        expect(outsiderItems.find((i) => i.id === other.id)).toMatchObject({ kind: "reply", actor: { id: insider.id }, discussion: { id: open.id } })
        expect(await ids(c.key)).not.toContain(other.id)
        const insiderItems = (await feed(insider.headers)).data.items as Item[]
        expect(insiderItems.find((i) => i.kind === "group_join" && i.actor?.id === joiner.id)).toMatchObject({ group: { id: group.id, slug: group.slug } })
        expect((await feed(outsider.headers)).data.items.some((i: Item) => i.kind === "group_join")).toBe(false)

        // Badges, of members who show them.
        await api.post("/store/community/members/me", { privacy: { badges: false } }, { headers: outsider.headers })
        const awarded = await community().awardBadges([
          { member_id: author.id, kind: "helpful_replier" },
          { member_id: outsider.id, kind: "helpful_replier" },
        ])
        const shown = awarded.find((b) => b.member_id === author.id)!
        const kept = awarded.find((b) => b.member_id === outsider.id)!
        const badges = ((await feed(c.key)).data.items as Item[]).filter((i) => i.kind === "badge")
        expect(badges.map((b) => b.id)).toContain(shown.id)
        expect(badges.map((b) => b.id)).not.toContain(kept.id)
        expect(badges.find((b) => b.id === shown.id)).toMatchObject({ actor: { id: author.id }, badge: { kind: "helpful_replier", label: "Helpful replier" } })

        for (const [params, message] of [
          [{ filter: "friends" }, /Expected: 'all, following' for field 'filter'/],
          [{ limit: 500 }, /'limit' too big, expected at most: '50'/],
          [{ cursor: "bm90LWEtY3Vyc29y" }, /cursor is not one this feed gave/],
        ] as const) {
          const bad = await feed(c.key, params)
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await feed({})).status).toBe(400)
      })

      it("pages by cursor newest first, with no duplicate and no gap, rows made in the same millisecond included", async () => {
        const author = await c.member("Feed Pager")
        const made: string[] = []
        for (let i = 0; i < 6; i++) made.push((await c.discuss(author.headers, `Paged ${i}`, `Feed paged ${i} ${Date.now()}`)).data.discussion.id)
        const [badge] = await community().awardBadges([{ member_id: author.id, kind: "one_year_member" }])
        // Far ahead of anything else: one millisecond shared by all, microseconds apart, two at the very same instant.
        const at = ["2099-01-01 00:00:00.123900+00", "2099-01-01 00:00:00.123456+00", "2099-01-01 00:00:00.123456+00", "2099-01-01 00:00:00.123001+00", "2099-01-01 00:00:00.123+00", "2099-01-01 00:00:00.122999+00"]
        for (let i = 0; i < made.length; i++) await pg().raw("UPDATE community_discussion SET created_at = ?::timestamptz WHERE id = ?", [at[i], made[i]])
        await pg().raw("UPDATE community_badge SET awarded_at = ?::timestamptz WHERE id = ?", ["2099-01-01 00:00:00.123456+00", badge.id])
        try {
          const expected = [made[0], ...[made[1], made[2], badge.id].sort().reverse(), made[3], made[4], made[5]]
          const pages: string[][] = []
          let cursor: string | undefined
          do {
            const page = await feed(c.key, { limit: 2, ...(cursor ? { cursor } : {}) })
            expect(page.status).toBe(200)
            pages.push((page.data.items as Item[]).map((i) => i.id))
            cursor = page.data.next_cursor ?? undefined
          } while (cursor && pages.flat().length < expected.length)
          expect(pages.flat().slice(0, expected.length)).toEqual(expected)
          expect(pages.every((p) => p.length === 2)).toBe(true)
          const following = (await feed(c.key, { limit: 2, cursor: cursor! })).data.items as Item[]
          expect(following.length).toBeGreaterThan(0)
          expect(following.every((i) => i.created_at < "2099")).toBe(true)
        } finally {
          // Out of the way of the other cases' first pages.
          await community().deleteCommunityDiscussions(made)
          await pg().raw("UPDATE community_badge SET awarded_at = now() WHERE id = ?", [badge.id])
        }
      })

      it("following shows what the members and threads followed did; a follow is made once by ten racing requests; unfollow; bad targets refused", async () => {
        const reader = await c.member("Follower")
        const star = await c.member("Followed Star")
        const stranger = await c.member("Not Followed")
        const racing = await Promise.all(Array.from({ length: 10 }, () => follow(reader.headers, "member", star.id)))
        expect(racing.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
        expect(await community().listCommunityFollows({ follower_id: reader.id })).toHaveLength(1)
        expect((await api.get("/store/community/follows", { headers: reader.headers, params: { target_type: "member", target_id: star.id } })).data.follows).toEqual([
          expect.objectContaining({ target_type: "member", target_id: star.id }),
        ])

        const starPost = (await c.discuss(star.headers, "From the star", "Feed star thread")).data.discussion
        const strangerPost = (await c.discuss(stranger.headers, "From a stranger", "Feed stranger thread")).data.discussion
        expect((await follow(reader.headers, "discussion", strangerPost.id)).status).toBe(201)
        const inThread = (await c.reply(stranger.headers, strangerPost.id, "More in the followed thread")).data.reply
        const starReply = (await c.reply(star.headers, strangerPost.id, "The star replies too")).data.reply
        const followed = await ids(reader.headers, { filter: "following" })
        expect(followed).toEqual(expect.arrayContaining([starPost.id, inThread.id, starReply.id]))
        expect(followed).not.toContain(strangerPost.id)
        expect(followed.filter((id) => id === starReply.id)).toHaveLength(1)
        expect(await ids(stranger.headers, { filter: "following" })).toEqual([])
        const signedOut = await feed(c.key, { filter: "following" })
        expect([signedOut.status, signedOut.data.message]).toEqual([401, "Sign in to see what you follow (filter=following)"])

        const off = await follow(reader.headers, "member", star.id, "delete")
        expect([off.status, off.data.removed]).toEqual([200, true])
        expect((await follow(reader.headers, "member", star.id, "delete")).data.removed).toBe(false)
        const later = (await c.discuss(star.headers, "After the unfollow", "Feed unfollowed thread")).data.discussion
        expect(await ids(reader.headers, { filter: "following" })).not.toContain(later.id)

        const { discussion: secret } = await privateWithPost()
        const hidden = (await c.discuss(star.headers, "Hidden soon", "Feed follow hidden")).data.discussion
        await community().updateCommunityDiscussions({ id: hidden.id, visibility: "hidden" })
        for (const [target_type, target_id, status, message] of [
          ["member", reader.id, 400, /cannot follow yourself/],
          ["discussion", secret.id, 404, /was not found/],
          ["discussion", hidden.id, 404, /was not found/],
          ["member", "cmem_nobody", 404, /was not found/],
          ["group", star.id, 400, /Expected: 'member, discussion' for field 'target_type'/],
        ] as const) {
          const res = await follow(reader.headers, target_type, target_id)
          expect([res.status, res.data.message]).toEqual([status, expect.stringMatching(message)])
        }
        expect((await follow(c.key, "member", star.id)).status).toBe(401)
      })

      it("shows the cms's newest blog posts and events, and leaves them out while the cms is down", async () => {
        let answer: "ok" | "fail" = "ok"
        const cms = http.createServer((req, res) => {
          const url = new URL(req.url!, "http://cms")
          if (answer === "fail") return res.writeHead(500).end()
          const docs =
            url.pathname === "/api/posts"
              ? [{ id: 7, slug: "a-new-post", title: "A new post", excerpt: "Fresh words", publishedAt: "2098-05-01T10:00:00.000Z" }]
              : url.pathname === "/api/events"
                ? [{ id: 3, slug: "reading-night", title: "Reading night", venue: "The library", startsAt: "2098-06-01T18:00:00.000Z", createdAt: "2098-04-01T09:00:00.000Z" }]
                : null
          if (!docs) return res.writeHead(404).end()
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ docs }))
        })
        await new Promise<void>((resolve) => cms.listen(0, "127.0.0.1", resolve))
        const saved = { url: env.CMS_URL, ttl: env.COMMUNITY_FEED_CMS_CACHE_SECONDS }
        env.CMS_URL = `http://127.0.0.1:${(cms.address() as { port: number }).port}`
        env.COMMUNITY_FEED_CMS_CACHE_SECONDS = 0
        try {
          const items = (await feed(c.key, { limit: 5 })).data.items as Item[]
          expect(items.slice(0, 2)).toEqual([
            { id: "cms_post_7", kind: "post", created_at: "2098-05-01T10:00:00.000000Z", actor: null, cms: { title: "A new post", path: "/blog/a-new-post", summary: "Fresh words", starts_at: null } },
            { id: "cms_event_3", kind: "event", created_at: "2098-04-01T09:00:00.000000Z", actor: null, cms: { title: "Reading night", path: "/events/reading-night", summary: "The library", starts_at: "2098-06-01T18:00:00.000Z" } },
          ])
          const next = (await feed(c.key, { limit: 1, cursor: (await feed(c.key, { limit: 1 })).data.next_cursor })).data.items as Item[]
          expect(next.map((i) => i.id)).toEqual(["cms_event_3"])
          const member = await c.member("Feed Cms Reader")
          expect((await ids(member.headers, { filter: "following" })).some((id) => id.startsWith("cms_"))).toBe(false)

          answer = "fail"
          const down = await feed(c.key)
          expect(down.status).toBe(200)
          expect((down.data.items as Item[]).some((i) => i.id.startsWith("cms_"))).toBe(false)
          await new Promise((resolve) => cms.close(resolve))
          const gone = await feed(c.key)
          expect(gone.status).toBe(200)
          expect((gone.data.items as Item[]).some((i) => i.id.startsWith("cms_"))).toBe(false)
        } finally {
          Object.assign(env, { CMS_URL: saved.url, COMMUNITY_FEED_CMS_CACHE_SECONDS: saved.ttl })
          cms.close()
        }
      })
    })
  },
})
