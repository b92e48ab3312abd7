import { describe, expect, it } from "vitest"
import { groupMembershipSchema, groupPath, groupRefusalMessage, groupRequestSchema } from "../actions/community-group-input"
import { discussionSchema } from "../actions/community-input"

describe("community group forms", () => {
  it("take a group for a new discussion only as an id, or none", () => {
    const base = { category_id: "ccat_1", title: "Hello all", body: "Text" }
    expect(discussionSchema.parse({ ...base, group_id: "" }).group_id).toBe("")
    expect(discussionSchema.parse({ ...base, group_id: "cgrp_1" }).group_id).toBe("cgrp_1")
    expect(discussionSchema.safeParse({ ...base, group_id: "../admin" }).success).toBe(false)
  })

  it("refuse a path-like group slug or member id, and build the group's page from checked parts", () => {
    expect(groupMembershipSchema.safeParse({ slug: "../../admin", intent: "join" }).success).toBe(false)
    expect(groupMembershipSchema.safeParse({ slug: "night-owls", intent: "explode" }).success).toBe(false)
    expect(groupRequestSchema.safeParse({ slug: "night-owls", memberId: "cmem/1", decision: "approve" }).success).toBe(false)
    expect(groupRequestSchema.parse({ slug: "night-owls", memberId: "cmem_1", decision: "decline" })).toEqual({ slug: "night-owls", memberId: "cmem_1", decision: "decline" })
    expect(groupPath("ng", "night-owls")).toBe("/ng/community/groups/night-owls")
  })

  it("tell a reader in words why commerce refused", () => {
    expect(groupRefusalMessage(403, "Your community membership is suspended: you cannot join groups")).toMatch(/suspended, so you cannot join groups/)
    expect(groupRefusalMessage(403, "Join the community before joining a group (POST /store/community/members)")).toMatch(/^Join the community first/)
    expect(groupRefusalMessage(400, "The group “Owls” is archived: it takes no new members")).toBe("This group is archived: it takes no new members.")
    expect(groupRefusalMessage(500, "boom")).toBeNull()
  })
})
