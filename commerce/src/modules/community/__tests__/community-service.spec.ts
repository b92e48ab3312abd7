import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMMUNITY_MODULE } from ".."
import { renderMarkdown } from "../lib/markdown"
import { Badge } from "../models/badge"
import { Category } from "../models/category"
import { Discussion } from "../models/discussion"
import { Follow } from "../models/follow"
import { Group } from "../models/group"
import { GroupMembership } from "../models/group-membership"
import { Member } from "../models/member"
import { ModerationLog } from "../models/moderation-log"
import { Notification } from "../models/notification"
import { Reaction } from "../models/reaction"
import { Reply } from "../models/reply"
import { Report } from "../models/report"
import type CommunityModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CommunityModuleService>({
  moduleName: COMMUNITY_MODULE,
  moduleModels: [Member, Category, Discussion, Reply, Reaction, Report, ModerationLog, Badge, Notification, Group, GroupMembership, Follow],
  resolve: "./src/modules/community",
  testSuite: ({ service }) => {
    const member = (customerId: string) =>
      service.createCommunityMembers({ customer_id: customerId, display_name: `Reader ${customerId}`, joined_at: new Date() })

    const discussion = async (authorId: string, dedupe = "d1") => {
      const category = await service.createCommunityCategories({ name: "Book club", slug: `club-${dedupe}-${authorId}` })
      return service.createCommunityDiscussions({
        title: "First chapter",
        body: "What did you think?",
        body_html: renderMarkdown("What did you think?"),
        last_activity_at: new Date(),
        dedupe_key: dedupe,
        category_id: category.id,
        author_id: authorId,
      })
    }

    it("makes one member per customer, active members by default", async () => {
      const ada = await member("cus_ada")
      expect(ada).toMatchObject({ role: "member", status: "active", notify_on_reply: true })
      await expect(member("cus_ada")).rejects.toThrow()
    })

    it("stores a member's double submit once: the same dedupe key is refused", async () => {
      const ada = await member("cus_dup")
      const first = await discussion(ada.id, "same-key")
      await expect(
        service.createCommunityDiscussions({
          title: "First chapter",
          body: "What did you think?",
          body_html: "<p>What did you think?</p>",
          last_activity_at: new Date(),
          dedupe_key: "same-key",
          category_id: first.category_id,
          author_id: ada.id,
        })
      ).rejects.toThrow()
    })

    it("awards an automatic badge once under twenty racing awards, and never gives a revoked one back", async () => {
      const ada = await member("cus_badge")
      const results = await Promise.all(
        Array.from({ length: 20 }, () => service.awardBadges([{ member_id: ada.id, kind: "first_discussion" }]))
      )
      expect(results.flat()).toHaveLength(1)
      const held = await service.listCommunityBadges({ member_id: ada.id })
      expect(held).toEqual([expect.objectContaining({ kind: "first_discussion", awarded_by: null })])
      await service.softDeleteCommunityBadges(held[0].id)
      expect(await service.awardBadges([{ member_id: ada.id, kind: "first_discussion" }])).toEqual([])
      expect(await service.listCommunityBadges({ member_id: ada.id })).toEqual([])
    })

    it("gives the one-year badge to members of a year or more, once however often the daily job runs", async () => {
      const veteran = await service.createCommunityMembers({ customer_id: "cus_veteran", display_name: "Veteran", joined_at: new Date(Date.now() - 400 * 86_400_000) })
      const newcomer = await member("cus_newcomer")
      const first = await service.awardOneYearBadges()
      expect(first.map((b) => b.member_id)).toContain(veteran.id)
      expect(first.map((b) => b.member_id)).not.toContain(newcomer.id)
      expect(await service.awardOneYearBadges()).toEqual([])
      expect(await service.listCommunityBadges({ member_id: veteran.id })).toEqual([expect.objectContaining({ kind: "one_year_member" })])
    })

    it("counts a reply as helpful only when another member reacted to it", async () => {
      const ada = await member("cus_helpful")
      const bob = await member("cus_reactor")
      const post = await discussion(ada.id, "helpful")
      const reply = (key: string) =>
        service.createCommunityReplies({ body: "Yes", body_html: "<p>Yes</p>", dedupe_key: key, discussion_id: post.id, author_id: ada.id })
      const [own, liked] = await Promise.all([reply("r1"), reply("r2")])
      await service.createCommunityReactions([
        { member_id: ada.id, target_type: "reply", target_id: own.id },
        { member_id: bob.id, target_type: "reply", target_id: liked.id },
        { member_id: ada.id, target_type: "reply", target_id: liked.id },
      ])
      expect(await service.helpfulReplyCount(ada.id)).toBe(1)
    })

    it("keeps one reaction per member and target", async () => {
      const ada = await member("cus_react")
      const post = await discussion(ada.id, "react")
      await service.createCommunityReactions({ member_id: ada.id, target_type: "discussion", target_id: post.id })
      await expect(
        service.createCommunityReactions({ member_id: ada.id, target_type: "discussion", target_id: post.id, kind: "thanks" })
      ).rejects.toThrow()
    })

    it("counts concurrent replies exactly, and never below zero", async () => {
      const ada = await member("cus_count")
      const post = await discussion(ada.id, "count")
      await Promise.all(Array.from({ length: 12 }, () => service.adjustReplyCount(post.id, 1, true)))
      expect((await service.retrieveCommunityDiscussion(post.id)).reply_count).toBe(12)
      await Promise.all(Array.from({ length: 15 }, () => service.adjustReplyCount(post.id, -1)))
      expect((await service.retrieveCommunityDiscussion(post.id)).reply_count).toBe(0)
    })

    it("creates a notification once per source event under twenty racing creates, and counts, pages and marks only the recipient's", async () => {
      const ada = await member("cus_notified")
      const bola = await member("cus_other_reader")
      const race = await Promise.all(
        Array.from({ length: 20 }, () => service.createNotificationOnce({ recipient_id: ada.id, kind: "mention", actor_id: bola.id, source_key: "mention:cdis_1:ada" }))
      )
      expect(race.filter(Boolean)).toHaveLength(1)
      for (const i of [1, 2, 3]) await service.createNotificationOnce({ recipient_id: ada.id, kind: "badge", data: { badge_label: `B${i}` }, source_key: `badge:${i}` })
      await service.createNotificationOnce({ recipient_id: bola.id, kind: "reaction", actor_id: ada.id, source_key: "reaction:bola" })
      expect(await service.unreadNotificationCount("cus_notified")).toEqual({ member_id: ada.id, unread: 4 })
      expect(await service.unreadNotificationCount("cus_nobody")).toBeNull()

      const first = await service.notificationFeed({ recipient_id: ada.id, limit: 2 })
      const rest = await service.notificationFeed({ recipient_id: ada.id, limit: 10, before: { created_at: first[1].created_at.toISOString(), id: first[1].id } })
      expect([...first, ...rest]).toHaveLength(4)
      expect(new Set([...first, ...rest].map((n) => n.id)).size).toBe(4)
      expect(first[0]).toMatchObject({ kind: "badge", data: { badge_label: "B3" } })
      expect(rest[rest.length - 1]).toMatchObject({ kind: "mention", actor_name: "Reader cus_other_reader" })

      const bolas = (await service.notificationFeed({ recipient_id: bola.id, limit: 1 }))[0]
      expect(await service.markNotificationsRead(ada.id, bolas.id)).toBe(0)
      expect(await service.markNotificationsRead(ada.id, first[0].id)).toBe(1)
      expect(await service.markNotificationsRead(ada.id)).toBe(3)
      expect(await service.unreadNotificationCount("cus_notified")).toEqual({ member_id: ada.id, unread: 0 })
      expect(await service.unreadNotificationCount("cus_other_reader")).toEqual({ member_id: bola.id, unread: 1 })
    })

    it("follows once under ten racing follows; the following feed pages what the followed member wrote, newest first, without repeats or hidden posts", async () => {
      const [ada, bo, cy] = [await member("cus_fol_a"), await member("cus_fol_b"), await member("cus_fol_c")]
      const written: { id: string }[] = []
      for (let i = 0; i < 4; i++) written.push(await discussion(ada.id, `fol-${i}`))
      const hidden = await discussion(ada.id, "fol-hidden")
      await service.updateCommunityDiscussions({ id: hidden.id, visibility: "hidden" })
      await discussion(cy.id, "fol-other")

      const made = await Promise.all(Array.from({ length: 10 }, () => service.followOnce(bo.id, "member", ada.id)))
      expect(made.filter(Boolean)).toHaveLength(1)
      expect(await service.listCommunityFollows({ follower_id: bo.id })).toHaveLength(1)

      const seen: string[] = []
      let before: { at: string; id: string } | undefined
      for (;;) {
        const page = await service.activityFeed({ viewer_id: bo.id, filter: "following", before, limit: 3 })
        seen.push(...page.map((r) => r.id))
        if (page.length < 3) break
        before = { at: page[2].at_key, id: page[2].id }
      }
      expect(seen).toEqual(written.map((d) => d.id).reverse())

      expect(await service.unfollow(bo.id, "member", ada.id)).toBe(true)
      expect(await service.unfollow(bo.id, "member", ada.id)).toBe(false)
      expect(await service.activityFeed({ viewer_id: bo.id, filter: "following", limit: 10 })).toEqual([])
    })

    it("finds members by handle: the display name without case, spaces or punctuation", async () => {
      const ada = await service.createCommunityMembers({ customer_id: "cus_handle", display_name: "Ada O’Reader-Smith", joined_at: new Date() })
      expect(await service.membersByHandle(["adaoreadersmith", "nobody"])).toEqual([{ id: ada.id, handle: "adaoreadersmith" }])
      expect(await service.membersByHandle([])).toEqual([])
    })

    it("leaves hidden discussions out of the top discussions, and counts active members", async () => {
      const ada = await member("cus_eng_a")
      const bo = await member("cus_eng_b")
      const shown = await discussion(ada.id, "shown")
      const hidden = await discussion(bo.id, "hidden")
      await service.updateCommunityDiscussions({ id: hidden.id, visibility: "hidden" })
      const figures = await service.engagement(7)
      const top = figures.top_discussions.map((d) => d.id)
      expect(top).toContain(shown.id)
      expect(top).not.toContain(hidden.id)
      expect(figures.active_members_7d).toBeGreaterThanOrEqual(2)
      expect(figures.posts_per_day).toHaveLength(7)
    })
  },
})

describe("renderMarkdown", () => {
  const payloads = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload="alert(1)"></svg>',
    '<p onclick="alert(1)">hi</p>',
    "[x](JaVaScRiPt:alert(1))",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<style>body{display:none}</style>",
  ]

  it.each(payloads)("renders %s inert", (payload) => {
    const html = renderMarkdown(`Hello ${payload} **there**`)
    expect(html).not.toMatch(/<script|<iframe|<svg|<style|<img|\son\w+=|javascript:|data:/i)
    expect(html).toContain("<strong>there</strong>")
  })

  it("keeps ordinary Markdown and marks links nofollow", () => {
    expect(renderMarkdown("# Title\n\n- one\n- [site](https://example.com)")).toBe(
      '<h3>Title</h3>\n<ul>\n<li>one</li>\n<li><a href="https://example.com" rel="nofollow ugc noopener noreferrer">site</a></li>\n</ul>'
    )
  })
})
