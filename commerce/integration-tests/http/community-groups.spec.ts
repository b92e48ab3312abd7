import "../utils/community-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
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
  },
})
