import { renderEmail } from "../../../modules/resend-notification/emails"
import { applicationEmails, decisionEmail, memberInviteEmail } from "../emails"

const vendor = { id: "vnd_1", name: "Harmattan <Press>", contact_email: "press@example.com" }

/** Each marketplace email as the workflows build it, rendered by the Resend module's templates (which check its data). */
describe("marketplace emails", () => {
  it("tells staff and the applicant about an application, escaping the name the applicant typed", async () => {
    const [staff, applicant] = applicationEmails({ vendor, recipients: ["admin@example.com"] })
    const toStaff = await renderEmail(staff.template!, staff.data)
    expect(toStaff.subject).toBe("New vendor application: Harmattan <Press>")
    expect(toStaff.html).toContain("Harmattan &lt;Press&gt;")
    expect(toStaff.html).toContain("/app/vendors")
    expect(applicant.to).toBe("press@example.com")
    expect((await renderEmail(applicant.template!, applicant.data)).text).toMatch(/We have your application for Harmattan <Press>/)
  })

  it("sends an approval with the one-time sign-in link, and a rejection or suspension with its reason", async () => {
    const [approved] = decisionEmail({ vendor, decision: "approved", reason: null, event_id: "vevt_1", join_token: "tok-1" })
    const a = await renderEmail(approved.template!, approved.data)
    expect(a.html).toMatch(/href="https?:\/\/[^"]+\/vendor\/join\?token=tok-1"/)
    expect(a.text).toMatch(/It works once, for 7 days/)
    const [rejected] = decisionEmail({ vendor, decision: "rejected", reason: "Not a fit just now", event_id: "vevt_2", join_token: null })
    const r = await renderEmail(rejected.template!, rejected.data)
    expect(r.text).toMatch(/Why: Not a fit just now/)
    expect(r.html).not.toContain("/vendor/join")
    expect(rejected.idempotency_key).toBe("vendor-decision:vevt_2")
  })

  it("invites a colleague with a link of their own", async () => {
    const [invite] = memberInviteEmail({ vendor, email: "colleague@example.com", event_id: "vevt_3", token: "tok-2", invited_by: "press@example.com" })
    const { subject, text } = await renderEmail(invite.template!, invite.data)
    expect(subject).toMatch(/^Join Harmattan <Press> at /)
    expect(text).toMatch(/press@example.com invited you to sign in for Harmattan <Press>/)
    expect(text).toContain("/vendor/join?token=tok-2")
  })
})
