import { AVATAR_MAX_BYTES, AVATAR_UPLOADS_PER_HOUR } from "../utils/community-directory-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { openCommunity, type Headers } from "../utils/community"

jest.setTimeout(180 * 1000)

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } }).png().toBuffer()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
    beforeAll(async () => {
      c = await openCommunity(api, getContainer)
    })

    /** A multipart upload as a browser sends it: the declared type and name are the client's to choose. */
    const upload = async (headers: Headers, content: Buffer, filename = "me.png", type = "image/png") => {
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(content)], { type }), filename)
      const res = await fetch(`${api.defaults.baseURL}/store/community/members/me/avatar`, { method: "POST", headers, body: form })
      return { status: res.status, data: await res.json() }
    }
    /** The stored file, fetched from where the avatar URL says it is served. */
    const served = (url: string) =>
      api.get(new URL(url).pathname, { responseType: "arraybuffer" }).catch((e) => e.response) as Promise<{ status: number; data: ArrayBuffer; headers: any }>

    describe("avatars", () => {
      it("stores an uploaded PNG as a 256 px square; a new one replaces the old file; removing it goes back to none", async () => {
        const m = await c.member("Pictured")
        const first = await upload(m.headers, await png(400, 300), "holiday.png")
        expect(first.status).toBe(201)
        const url: string = first.data.member.avatar_url
        expect(new URL(url).pathname).toMatch(/^\/static\/.+\.webp$/)
        const file = await served(url)
        expect(file.status).toBe(200)
        const meta = await sharp(Buffer.from(file.data)).metadata()
        expect(meta).toMatchObject({ format: "webp", width: 256, height: 256 })
        expect((await api.get("/store/community/members/me", { headers: m.headers })).data.member.avatar_url).toBe(url)

        const second = await upload(m.headers, await png(120, 500), "tall.jpg", "image/jpeg")
        expect(second.status).toBe(201)
        expect(second.data.member.avatar_url).not.toBe(url)
        expect((await served(url)).status).toBe(404)
        expect((await sharp(Buffer.from((await served(second.data.member.avatar_url)).data)).metadata())).toMatchObject({ width: 256, height: 256 })

        const removed = await c.call(api.delete("/store/community/members/me/avatar", { headers: m.headers }))
        expect(removed.status).toBe(200)
        expect(removed.data.member.avatar_url).toBeNull()
        expect((await served(second.data.member.avatar_url)).status).toBe(404)
      })

      it("judges the type by content: a text file named .png is a 400 naming the types allowed; a GIF or JPEG is taken", async () => {
        const m = await c.member("Sneaky")
        const text = await upload(m.headers, Buffer.from("not really a picture\n".repeat(20)), "fake.png", "image/png")
        expect(text.status).toBe(400)
        expect(text.data.message).toMatch(/PNG, JPEG, WebP or GIF/)
        expect(text.data.message).toMatch(/"fake\.png" is text/)
        const damaged = await upload(m.headers, Buffer.concat([(await png(50, 50)).subarray(0, 40)]), "broken.png")
        expect(damaged.status).toBe(400)
        expect(damaged.data.message).toMatch(/could not be read as an image/)
        expect((await api.get("/store/community/members/me", { headers: m.headers })).data.member.avatar_url).toBeNull()

        const gif = await sharp({ create: { width: 30, height: 60, channels: 3, background: "#0a0" } }).gif().toBuffer()
        expect((await upload(m.headers, gif, "anim.txt", "text/plain")).status).toBe(201)
        const jpeg = await sharp({ create: { width: 90, height: 40, channels: 3, background: "#00a" } }).jpeg().toBuffer()
        expect((await upload(m.headers, jpeg, "photo.png")).status).toBe(201)

        const noFile = await fetch(`${api.defaults.baseURL}/store/community/members/me/avatar`, {
          method: "POST",
          headers: { ...m.headers, "content-type": "application/json" },
          body: JSON.stringify({ file: "x" }),
        })
        expect(noFile.status).toBe(400)
        expect((await noFile.json()).message).toMatch(/multipart\/form-data, in a field named file/)
      })

      it("refuses a file over COMMUNITY_AVATAR_MAX_BYTES with a 413 naming the limit", async () => {
        const m = await c.member("Heavy")
        const big = Buffer.concat([await png(10, 10), Buffer.alloc(AVATAR_MAX_BYTES, 7)])
        const res = await upload(m.headers, big, "huge.png")
        expect(res.status).toBe(413)
        expect(res.data.message).toMatch(/COMMUNITY_AVATAR_MAX_BYTES/)
      })

      it("lets neither a suspended member nor a signed-out visitor upload", async () => {
        const m = await c.member("Benched")
        await community().updateCommunityMembers({ id: m.id, status: "suspended" })
        const res = await upload(m.headers, await png(40, 40))
        expect(res.status).toBe(403)
        expect(res.data.message).toMatch(/suspended/)
        expect((await upload(c.key, await png(40, 40))).status).toBe(401)
        const [member] = await community().listCommunityMembers({ id: m.id })
        expect(member.avatar_url).toBeNull()
      })

      it("limits uploads per member: 429 with Retry-After past COMMUNITY_AVATAR_UPLOADS_PER_HOUR", async () => {
        const m = await c.member("Restless")
        const image = await png(20, 20)
        for (let i = 0; i < AVATAR_UPLOADS_PER_HOUR; i++) expect((await upload(m.headers, image)).status).toBe(201)
        const blocked = await fetch(`${api.defaults.baseURL}/store/community/members/me/avatar`, {
          method: "POST",
          headers: m.headers,
          body: (() => {
            const form = new FormData()
            form.append("file", new Blob([new Uint8Array(image)], { type: "image/png" }), "again.png")
            return form
          })(),
        })
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
      })
    })

    describe("directory and profiles", () => {
      // The runner restores the database before each test: each test makes the members it needs.
      let token = ""
      const list = (params: Record<string, string | number>) =>
        c.call(api.get("/store/community/members", { headers: c.key, params: { q: token, ...params } }))
      const names = (res: { data: { members: { display_name: string }[] } }) => res.data.members.map((m) => m.display_name)
      const customerOf = async (id: string) => (await community().listCommunityMembers({ id }))[0].customer_id
      const privacy = (m: { headers: Headers }, body: object) => api.post("/store/community/members/me", body, { headers: m.headers })

      /** Alice shows everything (courses too), Bob keeps bio, badges and posts private, Carol is out of the directory, Dave is suspended; each has a badge. */
      const cast = async () => {
        token = `Dir${Date.now().toString(36)}`
        const [alice, bob, carol, dave] = await Promise.all(["Alice", "Bob", "Carol", "Dave"].map((n) => c.member(`${token} ${n}`)))
        await Promise.all([
          privacy(alice, { bio: "I read everything", privacy: { courses: true } }),
          privacy(bob, { bio: "Only friends should know", privacy: { bio: false, badges: false, posts: false } }),
          privacy(carol, { privacy: { hidden_from_directory: true } }),
          community().updateCommunityMembers({ id: dave.id, status: "suspended" }),
          community().awardBadges([alice, bob, carol, dave].map((m) => ({ member_id: m.id, kind: "first_discussion" as const }))),
        ])
        return { alice, bob, carol, dave }
      }

      it("searches by name in name order, without hidden or suspended members, by cursor; filters by a badge members show", async () => {
        await cast()
        const all = await list({})
        expect(all.status).toBe(200)
        expect(names(all)).toEqual([`${token} Alice`, `${token} Bob`])
        expect(all.data.next_cursor).toBeNull()
        expect(all.data.members[0]).not.toHaveProperty("customer_id")
        expect(all.data.members[1]).not.toHaveProperty("bio")
        expect(all.data.members[1]).not.toHaveProperty("badges")

        const first = await list({ limit: 1 })
        expect(names(first)).toEqual([`${token} Alice`])
        const second = await list({ limit: 1, cursor: first.data.next_cursor })
        expect(names(second)).toEqual([`${token} Bob`])
        expect(second.data.next_cursor).toBeNull()

        expect(names(await list({ q: `${token} bo` }))).toEqual([`${token} Bob`])
        expect(names(await list({ q: "100%_" }))).toEqual([])
        const badCursor = await list({ cursor: "not-a-cursor" })
        expect(badCursor.status).toBe(400)
        expect(badCursor.data.message).toMatch(/cursor/)

        const badged = await list({ badge: "first_discussion" })
        expect(names(badged)).toEqual([`${token} Alice`])
        expect(badged.data.members[0].badges.map((b: { kind: string }) => b.kind)).toEqual(["first_discussion"])
        expect(names(await list({ badge: "helpful_replier" }))).toEqual([])
        const bad = await list({ badge: "wizard" })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/badge/)
      })

      it("finds who took the same course, only among members who show their courses", async () => {
        const { alice, bob } = await cast()
        const courses = getContainer().resolve<CoursesModuleService>(COURSES_MODULE)
        const course = await courses.createCourses({ title: "Directory course", handle: `dir-course-${Date.now()}`, status: "published" })
        const enrol = async (memberId: string, status: "active" | "completed") =>
          courses.createEnrollments({
            customer_id: await customerOf(memberId), order_id: `order_${memberId}`, line_item_id: `line_${memberId}`, course_id: course.id,
            status, enrolled_at: new Date(), ...(status === "completed" ? { completed_at: new Date() } : {}),
          } as never)
        await enrol(alice.id, "completed")
        await enrol(bob.id, "active")
        expect(names(await list({ course: course.handle }))).toEqual([`${token} Alice`])
        expect(names(await list({ course: course.id }))).toEqual([`${token} Alice`])
        expect((await list({ course: "no-such-course" })).status).toBe(404)

        const profile = (await api.get(`/store/community/members/${alice.id}`, { headers: c.key })).data.member
        expect(profile.courses_completed).toEqual([{ id: course.id, title: "Directory course", handle: course.handle }])
        expect((await api.get(`/store/community/members/${bob.id}`, { headers: c.key })).data.member).not.toHaveProperty("courses_completed")
      })

      it("filters by interest group, among members who show their groups; a private group's members are listed by group to its members only", async () => {
        const { alice, bob } = await cast()
        const admin = await c.admin()
        const group = async (visibility: "public" | "private") =>
          (await api.post("/admin/community/groups", { name: `${token} ${visibility} circle`, visibility }, { headers: admin })).data.group as { id: string; slug: string }
        const [open, closed] = [await group("public"), await group("private")]
        const erin = await c.member(`${token} Erin`)
        for (const m of [alice, bob, erin]) await api.post(`/store/community/groups/${open.slug}/membership`, {}, { headers: m.headers })
        await privacy(erin, { privacy: { groups: false } })
        await api.post(`/store/community/groups/${closed.slug}/membership`, {}, { headers: alice.headers })
        await api.post(`/admin/community/groups/${closed.id}/members/${alice.id}`, { action: "approve" }, { headers: admin })

        expect(names(await list({ group: open.slug }))).toEqual([`${token} Alice`, `${token} Bob`])
        expect(names(await list({ group: open.id, badge: "first_discussion" }))).toEqual([`${token} Alice`])
        const byGroup = (headers: Headers) => c.call(api.get("/store/community/members", { headers, params: { q: token, group: closed.slug } }))
        expect(names(await byGroup(alice.headers))).toEqual([`${token} Alice`])
        for (const outsider of [c.key, bob.headers]) {
          const hidden = await byGroup(outsider)
          expect([hidden.status, hidden.data.message]).toEqual([404, `Group ${closed.slug} was not found`])
        }
        expect((await list({ group: "no-such-group" })).status).toBe(404)
      })

      it("shows another reader only the parts a member makes public (private ones absent); a suspended member is a 404 to all but them", async () => {
        const { alice, bob, carol, dave } = await cast()
        const { data } = await api.get(`/store/community/members/${bob.id}`, { headers: alice.headers })
        expect(data.member).toMatchObject({ id: bob.id, display_name: `${token} Bob`, avatar_url: null })
        for (const key of ["bio", "badges", "courses_completed", "privacy", "notify_on_reply"]) expect(data.member).not.toHaveProperty(key)
        expect(data).not.toHaveProperty("discussions")
        expect(data).not.toHaveProperty("replies")

        const own = (await api.get(`/store/community/members/${bob.id}`, { headers: bob.headers })).data
        expect(own.member).toMatchObject({ bio: "Only friends should know", privacy: { bio: false, badges: false, posts: false, courses: false } })
        expect(own.member.badges.map((b: { kind: string }) => b.kind)).toEqual(["first_discussion"])
        expect(own).toHaveProperty("discussions")

        const open = (await api.get(`/store/community/members/${alice.id}`, { headers: c.key })).data
        expect(open.member).toMatchObject({ bio: "I read everything" })
        expect(open.member.badges).toHaveLength(1)
        expect(open).toHaveProperty("discussions")

        // Badges beside a name in a thread follow the same choice.
        await c.discuss(bob.headers, "Bob's thoughts", `${token} thread`)
        const thread = (await api.get("/store/community/discussions", { headers: c.key, params: { q: `${token} thread` } })).data.discussions[0]
        expect(thread.author.badges).toEqual([])

        const bad = await c.call(api.post("/store/community/members/me", { privacy: { bio: "no" } }, { headers: bob.headers }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/boolean.*'privacy, bio'/)

        // Out of the directory is not out of the community: Carol's profile still opens.
        expect((await c.call(api.get(`/store/community/members/${carol.id}`, { headers: c.key }))).status).toBe(200)
        expect((await c.call(api.get(`/store/community/members/${dave.id}`, { headers: c.key }))).status).toBe(404)
        expect((await c.call(api.get(`/store/community/members/${dave.id}`, { headers: alice.headers }))).status).toBe(404)
        const self = await c.call(api.get(`/store/community/members/${dave.id}`, { headers: dave.headers }))
        expect(self.status).toBe(200)
        expect(self.data.member.status).toBe("suspended")
      })
    })
  },
})
