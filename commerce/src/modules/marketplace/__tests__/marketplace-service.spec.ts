import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MARKETPLACE_MODULE } from ".."
import { hashInviteToken, newInviteToken } from "../lib/invite-token"
import { ProductChangeRequest } from "../models/product-change-request"
import { Vendor } from "../models/vendor"
import { VendorEvent } from "../models/vendor-event"
import { VendorMember } from "../models/vendor-member"
import type MarketplaceModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<MarketplaceModuleService>({
  moduleName: MARKETPLACE_MODULE,
  moduleModels: [Vendor, VendorMember, VendorEvent, ProductChangeRequest],
  resolve: "./src/modules/marketplace",
  testSuite: ({ service }) => {
    let n = 0
    const newVendor = (status?: "pending" | "approved" | "rejected" | "suspended") =>
      service.createVendors({
        name: "Small Press",
        handle: `small-press-${++n}`,
        contact_email: `press${n}@example.com`,
        settlement_bank_code: "058",
        settlement_account_number: "0123456789",
        ...(status ? { status } : {}),
      })
    const decide = (id: string, decision: "approve" | "reject" | "suspend", reason?: string) =>
      service.decideVendor(id, { decision, reason, actor_id: "user_staff" })
    const eventsOf = async (id: string) => (await service.listVendorEvents({ vendor_id: id }, { order: { created_at: "ASC" } })).map((e) => [e.type, e.actor_id, e.reason])

    it("approves and rejects only a pending vendor, suspends only an approved one, and approves a suspended one again", async () => {
      const a = await newVendor()
      expect(await decide(a.id, "approve")).toMatchObject({ status: "approved", changed: true, before: { status: "pending" } })
      await expect(decide(a.id, "reject", "too late")).rejects.toThrow("An approved vendor cannot be rejected: only a pending one can")
      expect(await decide(a.id, "suspend", "complaints about delivery")).toMatchObject({ status: "suspended", changed: true })
      expect(await decide(a.id, "approve")).toMatchObject({ status: "approved", changed: true, before: { status: "suspended", status_reason: "complaints about delivery" } })
      expect(await service.retrieveVendor(a.id)).toMatchObject({ status: "approved", status_reason: null, decided_by: "user_staff", decided_at: expect.any(Date) })

      const b = await newVendor()
      expect(await decide(b.id, "reject", "not a fit for the shop")).toMatchObject({ status: "rejected", changed: true })
      await expect(decide(b.id, "approve")).rejects.toThrow("A rejected vendor cannot be approved: only a pending or suspended one can")
      await expect(decide(b.id, "suspend", "x")).rejects.toThrow("A rejected vendor cannot be suspended")
      const c = await newVendor()
      await expect(decide(c.id, "suspend", "never approved")).rejects.toThrow("A pending vendor cannot be suspended: only an approved one can")
      expect((await service.retrieveVendor(c.id)).status).toBe("pending")
    })

    it("needs a reason to reject or suspend, and logs each decision with the staff user and reason", async () => {
      const v = await newVendor()
      await expect(decide(v.id, "reject")).rejects.toThrow("reason is required to reject a vendor")
      await expect(decide(v.id, "reject", "   ")).rejects.toThrow("reason is required to reject a vendor")
      await decide(v.id, "approve")
      await expect(decide(v.id, "suspend")).rejects.toThrow("reason is required to suspend a vendor")
      await decide(v.id, "suspend", "  chargebacks  ")
      expect(await eventsOf(v.id)).toEqual([
        ["approved", "user_staff", null],
        ["suspended", "user_staff", "chargebacks"],
      ])
    })

    it("the same decision twice, even at once, changes and logs it once", async () => {
      const v = await newVendor()
      const results = await Promise.all([decide(v.id, "approve"), decide(v.id, "approve"), decide(v.id, "approve")])
      expect(results.filter((r) => r.changed)).toHaveLength(1)
      expect(await eventsOf(v.id)).toEqual([["approved", "user_staff", null]])
      await expect(decide("vnd_missing", "approve")).rejects.toThrow("No vendor with id vnd_missing")
    })

    it("decides a product change once under a race, refuses the opposite decision after it, undoes it, and keeps one pending request of a kind per product", async () => {
      const ask = (product_id: string, kind: "new" | "price_change" = "new") =>
        service.createProductChangeRequests({ vendor_id: "vnd_x", product_id, kind, proposed: { title: "A book" }, requested_by: "vmem_x" })
      const request = await ask("prod_1")
      const approve = () => service.decideProductChange(request.id, { decision: "approve", actor_id: "user_staff" })
      const results = await Promise.all([approve(), approve(), approve()])
      expect(results.map((r) => r.changed).sort()).toEqual([false, false, true])
      expect(await service.retrieveProductChangeRequest(request.id)).toMatchObject({ status: "approved", decided_by: "user_staff" })
      await expect(service.decideProductChange(request.id, { decision: "reject", reason: "no", actor_id: "user_staff" })).rejects.toThrow("This request was already approved: it cannot be rejected now")
      await service.undoProductChangeDecision(results.find((r) => r.changed)!)
      expect(await service.retrieveProductChangeRequest(request.id)).toMatchObject({ status: "pending", decided_by: null })
      await expect(ask("prod_1")).rejects.toThrow(/already exists/)
      await expect(ask("prod_1", "price_change")).resolves.toMatchObject({ status: "pending" })
      await expect(service.decideProductChange("pcr_missing", { decision: "approve", actor_id: "user_staff" })).rejects.toThrow("No product change request with id pcr_missing")
    })

    it("undoes a decision: the status, reason and decider it had, and no event", async () => {
      const v = await newVendor()
      await decide(v.id, "approve")
      const suspended = await decide(v.id, "suspend", "paused")
      await service.undoDecision(suspended)
      expect(await service.retrieveVendor(v.id)).toMatchObject({ status: "approved", status_reason: null, decided_by: "user_staff" })
      expect(await eventsOf(v.id)).toEqual([["approved", "user_staff", null]])
    })

    it("accepts an invitation once, only while it is unexpired", async () => {
      const v = await newVendor("approved")
      const invite = newInviteToken()
      const member = await service.createVendorMembers({ vendor_id: v.id, email: "colleague@example.com", role: "member", ...invite })
      const accept = (auth_identity_id: string, token = invite.token) =>
        service.acceptInvitation({ member_id: member.id, invite_token_hash: hashInviteToken(token), auth_identity_id })
      expect(await accept("authid_other", "wrong-token")).toBe(false)
      const both = await Promise.all([accept("authid_1"), accept("authid_2")])
      expect(both.filter(Boolean)).toHaveLength(1)
      expect(await service.retrieveVendorMember(member.id)).toMatchObject({ auth_identity_id: expect.stringMatching(/^authid_[12]$/), invite_token_hash: null, accepted_at: expect.any(Date) })

      const late = newInviteToken(Date.now() - 8 * 24 * 60 * 60 * 1000)
      const stale = await service.createVendorMembers({ vendor_id: v.id, email: "late@example.com", role: "member", ...late })
      expect(await service.acceptInvitation({ member_id: stale.id, invite_token_hash: late.invite_token_hash, auth_identity_id: "authid_3" })).toBe(false)
    })

    it("keeps one open application or vendor per email and one vendor per handle, naming the column it refuses", async () => {
      const base = { name: "Twin", contact_email: "twin@example.com", settlement_bank_code: "058", settlement_account_number: "0123456789" }
      const first = await service.createVendors({ ...base, handle: "twin" })
      await expect(service.createVendors({ ...base, handle: "twin-2" })).rejects.toThrow(/contact_email.*already exists/)
      await expect(service.createVendors({ ...base, contact_email: "other@example.com", handle: "twin" })).rejects.toThrow(/handle.*already exists/)
      await service.decideVendor(first.id, { decision: "reject", reason: "not now", actor_id: "user_staff" })
      expect(await service.createVendors({ ...base, handle: "twin-3" })).toMatchObject({ status: "pending" })
    })

    it("refuses an account number that is not 10 digits and a commission outside 0–100", async () => {
      await expect(service.createVendors({ name: "X", handle: "x-1", contact_email: "x@example.com", settlement_bank_code: "058", settlement_account_number: "12345" })).rejects.toThrow()
      await expect(service.createVendors({ name: "X", handle: "x-2", contact_email: "x@example.com", settlement_bank_code: "058", settlement_account_number: "0123456789", commission_rate: 101 })).rejects.toThrow()
    })
  },
})
