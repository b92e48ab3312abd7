import { EmailTemplateError, renderEmail } from "../index"
import { templateData } from "./fixtures"

describe("customer-delete-account email", () => {
  it("carries the confirmation link, says how long it works and what to do if the reader did not ask", async () => {
    const data = templateData["customer-delete-account"]
    const { subject, html, text } = await renderEmail("customer-delete-account", data)
    expect(subject).toBe("Confirm deleting your account")
    expect(html).toContain(`href="${String(data.delete_url).replace("&", "&amp;")}"`)
    expect(text).toContain("ada@example.com")
    expect(text).toMatch(/Confirm deleting my account/)
    expect(text).toMatch(/30 minutes/)
    expect(text).toMatch(/If you did not ask for this, ignore this email/)
  })

  it("refuses data without a link", async () => {
    await expect(renderEmail("customer-delete-account", { email: "ada@example.com" })).rejects.toThrow(EmailTemplateError)
  })
})
