import "../utils/community-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStep, createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import { createCommunityCategoryWorkflow } from "../../src/workflows/community/create-category"
import { moveCommunityCategoryWorkflow } from "../../src/workflows/community/move-category"
import { moderateCommunityWorkflow, type ModerateInput } from "../../src/workflows/community/moderate"
import { openCommunity, type Headers } from "../utils/community"

jest.setTimeout(240 * 1000)

// Medusa's own wording for zod's checks: staff must never read it.
const RAW_ZOD = /Value for field|Field '|Expected type|Invalid request: Invalid/

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    let admin: Headers
    let staffId: string
    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
    beforeAll(async () => {
      c = await openCommunity(api, getContainer)
      admin = await c.admin()
      staffId = (await api.get("/admin/users/me", { headers: admin })).data.user.id
    })

    const adminPost = (url: string, body: object = {}) => c.call(api.post(`/admin/community${url}`, body, { headers: admin }))
    const adminGet = (url: string, params: object = {}) => c.call(api.get(`/admin/community${url}`, { headers: admin, params }))
    const storeSlugs = async (params: object = {}) =>
      (await api.get("/store/community/categories", { headers: c.key, params })).data.categories.map((x: { slug: string }) => x.slug) as string[]
    const logFor = async (target_id: string) => (await adminGet("/moderation-log", { target_id })).data.entries
    let n = 0
    const newCategory = async (name = `Topic ${++n} ${Date.now()}`, extra: object = {}) => {
      const res = await adminPost("/categories", { name, ...extra })
      expect(res.status).toBe(201)
      return res.data.category as { id: string; name: string; slug: string; rank: number }
    }

    describe("categories", () => {
      it("creates a category last in the order, its slug made from its name, shown in the storefront and logged", async () => {
        const before = await storeSlugs()
        const res = await adminPost("/categories", { name: "Poetry Corner", description: "  Verse, mostly.  " })
        expect(res.status).toBe(201)
        expect(res.data.category).toMatchObject({ name: "Poetry Corner", slug: "poetry-corner", description: "Verse, mostly.", archived_at: null })
        expect(await storeSlugs()).toEqual([...before, "poetry-corner"])
        const listed = (await adminGet("/categories")).data.categories.find((x: { id: string }) => x.id === res.data.category.id)
        expect(listed).toMatchObject({ slug: "poetry-corner", discussion_count: 0 })
        expect(await logFor(res.data.category.id)).toEqual([
          expect.objectContaining({
            action: "create",
            actor_type: "staff",
            actor_id: staffId,
            target_type: "category",
            actor: { type: "staff", id: staffId, name: "Store Admin" },
            target: expect.objectContaining({ name: "Poetry Corner" }),
            details: { name: "Poetry Corner", slug: "poetry-corner" },
          }),
        ])
      })

      it("refuses an empty name, a malformed, reserved or taken slug and unknown ids, in words for people", async () => {
        const cases: [object, number, RegExp][] = [
          [{ name: "" }, 400, /Give the category a name/],
          [{ name: "   " }, 400, /Give the category a name/],
          [{}, 400, /Give the category a name/],
          [{ name: "x".repeat(61) }, 400, /The name must be at most 60 characters/],
          [{ name: "Fine", slug: "Book Club" }, 400, /only lowercase letters, digits and single hyphens/],
          [{ name: "Fine", slug: "book--club" }, 400, /single hyphens/],
          [{ name: "Fine", description: "d".repeat(501) }, 400, /The description must be at most 500 characters/],
          [{ name: "Fine", colour: "red" }, 400, /colour/],
          [{ name: "Book club again", slug: "book-club" }, 422, /“book-club” is already used by the category “Book club”/],
          [{ name: "!!!" }, 400, /at least 2 characters/],
        ]
        for (const word of ["new", "me", "members"]) cases.push([{ name: "Fine", slug: word }, 400, new RegExp(`“${word}” is taken by a storefront page`)])
        cases.push([{ name: "New" }, 400, /“new” is taken by a storefront page/])
        for (const [body, status, message] of cases) {
          const res = await adminPost("/categories", body)
          expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status])
          expect(res.data.message).toMatch(message)
          expect(res.data.message).not.toMatch(RAW_ZOD)
        }

        const mine = await newCategory()
        const rename = await adminPost(`/categories/${mine.id}`, { slug: "introductions" })
        expect(rename.status).toBe(422)
        expect(rename.data.message).toMatch(/“introductions” is already used by the category “Introductions”/)
        expect((await adminPost(`/categories/${mine.id}`, { slug: "members" })).status).toBe(400)
        expect((await adminPost(`/categories/${mine.id}`, { name: "" })).data.message).toMatch(/Give the category a name/)
        expect((await adminPost(`/categories/${mine.id}`, {})).data.message).toMatch(/Change the name, the web address or the description/)
        expect((await adminPost(`/categories/${mine.id}/move`, { position: -1 })).data.message).toMatch(/whole number from 0/)
        for (const [url, body] of [
          ["/categories/ccat_nope", { name: "Ghost" }],
          ["/categories/ccat_nope/archive", {}],
          ["/categories/ccat_nope/unarchive", {}],
          ["/categories/ccat_nope/move", { position: 0 }],
        ] as const) {
          const res = await adminPost(url, body)
          expect([url, res.status]).toEqual([url, 404])
          expect(res.data.message).toMatch(/Category ccat_nope was not found/)
        }
        expect((await adminGet("/categories/ccat_nope")).status).toBe(404)
      })

      it("renames, re-describes and re-addresses a category; the log says what changed, and a change to nothing is not logged", async () => {
        const cat = await newCategory("Old name")
        const res = await adminPost(`/categories/${cat.id}`, { name: "New name", slug: "renamed-topic", description: "Now described", reason: "Clearer" })
        expect(res.status).toBe(200)
        expect(res.data.category).toMatchObject({ name: "New name", slug: "renamed-topic", description: "Now described" })
        expect(await storeSlugs()).toContain("renamed-topic")
        expect(await storeSlugs()).not.toContain(cat.slug)
        await adminPost(`/categories/${cat.id}`, { name: "New name" })
        const cleared = await adminPost(`/categories/${cat.id}`, { description: "" })
        expect(cleared.data.category.description).toBeNull()
        const log = await logFor(cat.id)
        expect(log.map((e: { action: string }) => e.action)).toEqual(["update", "update", "create"])
        expect(log[1]).toMatchObject({
          reason: "Clearer",
          details: { name: { from: "Old name", to: "New name" }, slug: { from: cat.slug, to: "renamed-topic" }, description: { from: null, to: "Now described" } },
        })
        expect(log[0].details).toEqual({ description: { from: "Now described", to: null } })
      })

      it("moves a category up and down the order the storefront shows, logging from and to", async () => {
        const a = await newCategory()
        const b = await newCategory()
        const order = async () => (await storeSlugs()).filter((s) => [a.slug, b.slug].includes(s))
        expect(await order()).toEqual([a.slug, b.slug])
        const all = await storeSlugs()
        const moved = await adminPost(`/categories/${b.id}/move`, { position: all.indexOf(a.slug) })
        expect(moved.status).toBe(200)
        expect(moved.data.moved).toEqual({ id: b.id, from: all.indexOf(b.slug), to: all.indexOf(a.slug) })
        expect(await order()).toEqual([b.slug, a.slug])
        expect((await adminPost(`/categories/${b.id}/move`, { position: 0 })).status).toBe(200)
        expect((await storeSlugs())[0]).toBe(b.slug)
        expect((await adminPost(`/categories/${b.id}/move`, { position: 999 })).data.moved.to).toBe(all.length - 1)
        expect((await storeSlugs()).at(-1)).toBe(b.slug)
        const ranks = (await adminGet("/categories")).data.categories.filter((x: { archived_at: string | null }) => !x.archived_at)
        expect(ranks.map((x: { rank: number }) => x.rank)).toEqual(ranks.map((_: unknown, i: number) => i))
        const log = await logFor(b.id)
        expect(log.slice(0, 3).map((e: { action: string; details: object }) => [e.action, e.details])).toEqual([
          ["move", { position: { from: 0, to: all.length - 1 } }],
          ["move", { position: { from: all.indexOf(a.slug), to: 0 } }],
          ["move", { position: { from: all.indexOf(b.slug), to: all.indexOf(a.slug) } }],
        ])
      })

      it("archives a category: no new discussions, gone from the storefront's lists, its discussions still readable; brought back last", async () => {
        const cat = await newCategory("Retiring soon")
        const m = await c.member("Archivist")
        const post = (category_id: string, title = "In the archive") =>
          c.call(api.post("/store/community/discussions", { category_id, title, body: `${title}: still here` }, { headers: m.headers }))
        const d = (await post(cat.id)).data.discussion
        expect((await adminPost(`/categories/${cat.id}/archive`, { reason: "Merged into Book club" })).status).toBe(200)

        expect(await storeSlugs()).not.toContain(cat.slug)
        expect(await storeSlugs({ include_archived: "true" })).toContain(cat.slug)
        const withArchived = (await api.get("/store/community/categories", { headers: c.key, params: { include_archived: "true" } })).data
        expect(withArchived.categories.find((x: { id: string }) => x.id === cat.id)).toMatchObject({ archived: true })
        const refused = await post(cat.id)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/“Retiring soon” is archived: it takes no new discussions/)
        expect((await api.get(`/store/community/discussions/${d.id}`, { headers: c.key })).data.discussion.title).toBe("In the archive")
        const inCategory = (await api.get("/store/community/discussions", { headers: c.key, params: { category: cat.slug } })).data
        expect(inCategory.discussions.map((x: { id: string }) => x.id)).toEqual([d.id])
        expect((await c.reply(m.headers, d.id, "A reply in the archive")).status).toBe(201)

        const twice = await adminPost(`/categories/${cat.id}/archive`)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/“Retiring soon” is already archived/)
        expect((await adminPost(`/categories/${cat.id}/move`, { position: 0 })).status).toBe(400)
        const taken = await adminPost("/categories", { name: "Taken", slug: cat.slug })
        expect([taken.status, taken.data.message]).toEqual([422, `The web address “${cat.slug}” is already used by the category “Retiring soon” (archived)`])
        const listed = (await adminGet("/categories")).data.categories
        expect(listed.at(-1)).toMatchObject({ id: cat.id, discussion_count: 1 })

        expect((await adminPost(`/categories/${cat.id}/unarchive`)).status).toBe(200)
        expect((await storeSlugs()).at(-1)).toBe(cat.slug)
        expect((await post(cat.id, "Back in use")).status).toBe(201)
        expect((await logFor(cat.id)).map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([
          ["unarchive", null],
          ["archive", "Merged into Book club"],
          ["create", null],
        ])
      })
    })

    describe("members", () => {
      it("lists and searches members by name or email, with posts, replies, reports against them and last activity", async () => {
        const stamp = Date.now()
        const busy = await c.member(`Zanele ${stamp}`)
        const quiet = await c.member(`Quiet ${stamp}`)
        const d = (await c.discuss(busy.headers, "First", "Busy first")).data.discussion
        await c.discuss(busy.headers, "Second", "Busy second")
        const r = (await c.reply(busy.headers, d.id, "Busy reply")).data.reply
        await api.post("/store/community/reports", { target_type: "reply", target_id: r.id, reason: "Rude" }, { headers: quiet.headers })
        await api.post("/store/community/reports", { target_type: "discussion", target_id: d.id, reason: "Spam" }, { headers: quiet.headers })
        await adminPost("/moderation", { action: "dismiss", target_type: "discussion", target_id: d.id, reason: "Fine as it is" })

        const byName = (await adminGet("/members", { q: `zanele ${stamp}` })).data
        expect(byName.count).toBe(1)
        expect(byName.members[0]).toMatchObject({
          id: busy.id,
          display_name: `Zanele ${stamp}`,
          email: expect.stringMatching(/^zanele-/),
          status: "active",
          role: "member",
          activity: { discussions: 2, replies: 1, reports_against: 2, open_reports_against: 1 },
        })
        expect(Date.now() - new Date(byName.members[0].activity.last_active_at).getTime()).toBeLessThan(60_000)

        const email = byName.members[0].email as string
        const byEmail = (await adminGet("/members", { q: email.slice(0, 20).toUpperCase() })).data
        expect(byEmail.members.map((x: { id: string }) => x.id)).toEqual([busy.id])
        const quietRow = (await adminGet("/members", { q: `Quiet ${stamp}` })).data.members[0]
        expect(quietRow.activity).toMatchObject({ discussions: 0, replies: 0, reports_against: 0 })
        expect(quietRow.activity.last_active_at).not.toBeNull()
        expect((await adminGet("/members", { q: "100%_" })).data.count).toBe(0)

        const page = (await adminGet("/members", { limit: 1, offset: 1 })).data
        expect(page).toMatchObject({ limit: 1, offset: 1 })
        expect(page.members).toHaveLength(1)
        expect((await adminGet("/members", { status: "banned" })).status).toBe(400)
        const detail = (await adminGet(`/members/${busy.id}`)).data
        expect(detail.member).toMatchObject({ id: busy.id, activity: { discussions: 2 } })
        expect((await adminGet("/members/cmem_nope")).status).toBe(404)
      })

      it("suspends only with a reason; the suspended member cannot post; restored, they can; each step logged", async () => {
        const m = await c.member(`Suspendable ${Date.now()}`)
        const act = (action: string, reason?: string, target_id = m.id) => adminPost("/moderation", { action, target_type: "member", target_id, reason })
        for (const reason of [undefined, "", "  ", "no"]) {
          const res = await act("suspend", reason)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(reason === "no" ? /The reason must be at least 3 characters/ : /Give a reason: it is kept in the moderation log/)
          expect(res.data.message).not.toMatch(RAW_ZOD)
        }
        expect((await act("suspend", "Spam", "cmem_nope")).status).toBe(404)
        expect((await act("suspend", "Repeated spam")).status).toBe(200)
        expect((await adminGet("/members", { status: "suspended" })).data.members.map((x: { id: string }) => x.id)).toContain(m.id)
        const again = await act("suspend", "Again")
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already suspended/)
        const blocked = await c.discuss(m.headers)
        expect(blocked.status).toBe(403)
        expect(blocked.data.message).toMatch(/suspended/)
        const promote = await act("promote", "Trusted")
        expect(promote.status).toBe(400)
        expect(promote.data.message).toMatch(/suspended: restore them before making them a moderator/)

        expect((await act("reinstate", "Appeal accepted")).status).toBe(200)
        expect((await c.discuss(m.headers)).status).toBe(201)
        expect((await act("reinstate", "Twice")).data.message).toMatch(/is not suspended/)
        const log = (await adminGet(`/members/${m.id}`)).data.log
        expect(log.map((e: { action: string; reason: string; actor_id: string }) => [e.action, e.reason, e.actor_id])).toEqual([
          ["reinstate", "Appeal accepted", staffId],
          ["suspend", "Repeated spam", staffId],
        ])
      })

      it("promotes a member to moderator, who can then moderate in the store API; demoted, they cannot", async () => {
        const mod = await c.member(`Promoted ${Date.now()}`)
        const author = await c.member("Promoted's neighbour")
        const d = (await c.discuss(author.headers, "Hide me", "Needs moderating")).data.discussion
        const hide = (action = "hide") =>
          c.call(api.post("/store/community/moderation", { action, target_type: "discussion", target_id: d.id, reason: "Off topic" }, { headers: mod.headers }))
        expect((await hide()).status).toBe(403)
        expect((await adminPost("/moderation", { action: "promote", target_type: "member", target_id: mod.id, reason: "Helpful reader" })).status).toBe(200)
        expect((await adminGet("/members", { role: "moderator" })).data.members.map((x: { id: string }) => x.id)).toContain(mod.id)
        expect((await hide()).status).toBe(200)
        expect((await c.call(api.get(`/store/community/discussions/${d.id}`, { headers: c.key }))).status).toBe(404)
        expect((await adminPost("/moderation", { action: "promote", target_type: "member", target_id: mod.id, reason: "Again" })).data.message).toMatch(/is already a moderator/)
        expect((await adminPost("/moderation", { action: "demote", target_type: "member", target_id: mod.id, reason: "Stepped down" })).status).toBe(200)
        expect((await hide("restore")).status).toBe(403)
      })
    })

    describe("moderation log", () => {
      it("records who did what to what, why and when; filters by who acted, by action and by target; pages", async () => {
        const mod = await c.member(`Log mod ${Date.now()}`)
        const author = await c.member("Log author")
        await adminPost("/moderation", { action: "promote", target_type: "member", target_id: mod.id, reason: "For the log" })
        const d = (await c.discuss(author.headers, "Logged", "A logged discussion")).data.discussion
        const t0 = Date.now()
        await api.post("/store/community/moderation", { action: "hide", target_type: "discussion", target_id: d.id, reason: "Mod hides" }, { headers: mod.headers })
        await api.post("/store/community/moderation", { action: "restore", target_type: "discussion", target_id: d.id, reason: "Mod restores" }, { headers: mod.headers })
        await adminPost("/moderation", { action: "lock", target_type: "discussion", target_id: d.id, reason: "Staff locks" })

        const byMod = (await adminGet("/moderation-log", { actor_type: "moderator", actor_id: mod.id })).data
        expect(byMod.count).toBe(2)
        expect(byMod.entries[0]).toMatchObject({
          action: "restore",
          reason: "Mod restores",
          actor: { type: "moderator", id: mod.id, name: expect.stringMatching(/^Log mod/) },
          target: { type: "discussion", id: d.id, name: "A logged discussion" },
        })
        expect(Math.abs(new Date(byMod.entries[1].created_at).getTime() - t0)).toBeLessThan(60_000)
        const byStaff = (await adminGet("/moderation-log", { actor_id: staffId, target_id: d.id })).data
        expect(byStaff.entries.map((e: { action: string }) => e.action)).toEqual(["lock"])
        const locks = (await adminGet("/moderation-log", { action: "lock" })).data
        expect(locks.entries.every((e: { action: string }) => e.action === "lock")).toBe(true)
        expect(locks.entries.map((e: { target_id: string }) => e.target_id)).toContain(d.id)
        const categoryEntries = (await adminGet("/moderation-log", { target_type: "category" })).data
        expect(categoryEntries.entries.every((e: { target_type: string }) => e.target_type === "category")).toBe(true)

        const all = (await adminGet("/moderation-log", { limit: 2 })).data
        const next = (await adminGet("/moderation-log", { limit: 2, offset: 2 })).data
        expect(all.entries).toHaveLength(2)
        expect(next.entries[0].id).not.toBe(all.entries[1].id)
        expect(next.count).toBe(all.count)
        expect((await adminGet("/moderation-log", { action: "explode" })).status).toBe(400)

        const actors = (await adminGet("/moderation-log/actors")).data.actors
        expect(actors).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ type: "moderator", id: mod.id, actions: 2 }),
            expect.objectContaining({ type: "staff", id: staffId, name: "Store Admin" }),
          ])
        )
      })
    })

    describe("badges", () => {
      it("lets staff award a named badge with a note and revoke it with a reason; readers see it; each step logged", async () => {
        const m = await c.member("Host")
        const badgesFor = async () => (await api.get(`/store/community/members/${m.id}`, { headers: c.key })).data.member.badges
        const missing = await adminPost(`/members/${m.id}/badges`, { label: "Book club host" })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/Say why the member earns it/)
        expect(missing.data.message).not.toMatch(RAW_ZOD)
        expect((await adminPost("/members/cmem_nobody/badges", { label: "Host", note: "Ran the club" })).status).toBe(404)
        expect((await adminGet("/members/cmem_nobody/badges")).status).toBe(404)

        const awarded = await adminPost(`/members/${m.id}/badges`, { label: " Book club host ", note: "Ran the March club" })
        expect(awarded.status).toBe(201)
        expect(awarded.data.badge).toMatchObject({ kind: "staff_award", label: "Book club host", note: "Ran the March club", awarded_by: staffId })
        const again = await adminPost(`/members/${m.id}/badges`, { label: "Book club host", note: "Twice" })
        expect(again.status).toBe(422)
        expect(again.data.message).toMatch(/already holds the badge "Book club host"/)
        expect(await badgesFor()).toEqual([expect.objectContaining({ kind: "staff_award", label: "Book club host" })])
        expect((await adminGet(`/members/${m.id}/badges`)).data.badges).toEqual([expect.objectContaining({ label: "Book club host" })])
        expect((await badgesFor())[0]).not.toHaveProperty("note")
        expect((await adminGet(`/members/${m.id}`)).data.member.badges).toEqual([
          expect.objectContaining({ label: "Book club host", note: "Ran the March club" }),
        ])

        const badgeId = awarded.data.badge.id
        expect((await adminPost(`/members/${m.id}/badges/${badgeId}/revoke`, {})).status).toBe(400)
        expect((await adminPost(`/members/${m.id}/badges/cbdg_nope/revoke`, { reason: "Wrong one" })).status).toBe(404)
        expect((await adminPost(`/members/${m.id}/badges/${badgeId}/revoke`, { reason: "Awarded to the wrong reader" })).status).toBe(200)
        expect(await badgesFor()).toEqual([])
        expect((await adminPost(`/members/${m.id}/badges`, { label: "Book club host", note: "The right reader this time" })).status).toBe(201)

        const log = await logFor(m.id)
        expect(log.map((e: { action: string }) => e.action).slice(0, 3)).toEqual(["award_badge", "revoke_badge", "award_badge"])
        expect(log[1]).toMatchObject({ actor_type: "staff", actor_id: staffId, reason: "Awarded to the wrong reader" })
      })

      it("never gives back an automatic badge staff revoked", async () => {
        const m = await c.member("Revoked Poster")
        await c.discuss(m.headers, "First words", "First words here")
        const held = await (async () => {
          for (let i = 0; i < 50; i++) {
            const [badge] = await community().listCommunityBadges({ member_id: m.id })
            if (badge) return badge
            await new Promise((resolve) => setTimeout(resolve, 200))
          }
        })()
        expect(held).toMatchObject({ kind: "first_discussion" })
        expect((await adminPost(`/members/${m.id}/badges/${held!.id}/revoke`, { reason: "Spam account" })).status).toBe(200)
        await c.discuss(m.headers, "More words", "More words here")
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(await community().listCommunityBadges({ member_id: m.id })).toEqual([])
      })
    })

    describe("access", () => {
      it("answers 401 to a customer's token and to nobody on every community admin route", async () => {
        const customer = await c.register(`not-staff-${Date.now()}@example.com`)
        const cat = await newCategory()
        const routes: [string, string, object?][] = [
          ["get", "/admin/community/categories"],
          ["post", "/admin/community/categories", { name: "Sneaky" }],
          ["get", `/admin/community/categories/${cat.id}`],
          ["post", `/admin/community/categories/${cat.id}`, { name: "Sneaky" }],
          ["post", `/admin/community/categories/${cat.id}/archive`, {}],
          ["post", `/admin/community/categories/${cat.id}/unarchive`, {}],
          ["post", `/admin/community/categories/${cat.id}/move`, { position: 0 }],
          ["get", "/admin/community/members"],
          ["get", "/admin/community/members/cmem_x"],
          ["get", "/admin/community/moderation-log"],
          ["get", "/admin/community/moderation-log/actors"],
          ["post", "/admin/community/moderation", { action: "suspend", target_type: "member", target_id: "cmem_x", reason: "Because" }],
          ["get", "/admin/community/members/cmem_x/badges"],
          ["post", "/admin/community/members/cmem_x/badges", { label: "Sneaky", note: "Self-awarded" }],
          ["post", "/admin/community/members/cmem_x/badges/cbdg_x/revoke", { reason: "Because" }],
        ]
        for (const headers of [customer, c.key]) {
          for (const [method, url, body] of routes) {
            const res = await c.call(method === "get" ? api.get(url, { headers }) : api.post(url, body, { headers }))
            expect([method, url, res.status]).toEqual([method, url, 401])
          }
        }
        expect((await adminGet(`/categories/${cat.id}`)).data.category.name).toBe(cat.name)
      })
    })

    describe("compensation", () => {
      const failAfter = createStep("community-admin-spec-fail", async () => {
        throw new Error("forced failure after the admin step")
      })
      const thenFail = <I extends object>(id: string, run: (input: WorkflowData<I>) => unknown) =>
        createWorkflow(id, (input: WorkflowData<I>) => {
          run(input)
          failAfter()
          return new WorkflowResponse(null)
        })

      it("undoes a category's creation, a move and a suspension, with their log entries, when a later step fails", async () => {
        const container = getContainer()
        const slug = `compensated-${Date.now()}`
        const create = thenFail<{ name: string; slug: string; actor_id: string }>("spec-create-category-then-fail", (input) =>
          createCommunityCategoryWorkflow.runAsStep({ input })
        )
        const created = await create(container).run({ input: { name: "Never kept", slug, actor_id: staffId }, throwOnError: false })
        expect(created.errors[0]?.error?.message).toMatch(/forced failure/)
        expect(await community().listCommunityCategories({ slug }, { withDeleted: true })).toEqual([])

        const a = await newCategory()
        const before = (await adminGet("/categories")).data.categories.map((x: { id: string; rank: number }) => [x.id, x.rank])
        const move = thenFail<{ id: string; position: number; actor_id: string }>("spec-move-category-then-fail", (input) =>
          moveCommunityCategoryWorkflow.runAsStep({ input })
        )
        await move(container).run({ input: { id: a.id, position: 0, actor_id: staffId }, throwOnError: false })
        expect((await adminGet("/categories")).data.categories.map((x: { id: string; rank: number }) => [x.id, x.rank])).toEqual(before)
        expect((await logFor(a.id)).map((e: { action: string }) => e.action)).toEqual(["create"])

        const m = await c.member("Nearly suspended")
        const suspend = thenFail<ModerateInput>("spec-suspend-then-fail", (input) =>
          moderateCommunityWorkflow.runAsStep({ input })
        )
        await suspend(container).run({
          input: { action: "suspend", target_type: "member", target_id: m.id, reason: "Undone", actor_type: "staff", actor_id: staffId },
          throwOnError: false,
        })
        expect((await adminGet(`/members/${m.id}`)).data).toMatchObject({ member: { status: "active" }, log: [] })
      })
    })
  },
})
