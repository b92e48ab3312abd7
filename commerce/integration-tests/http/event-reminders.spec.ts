import { CMS_API_KEY, CMS_PORT, RESEND_API_KEY, RESEND_PORT } from "../utils/event-reminders-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import sendEventRemindersJob from "../../src/jobs/send-event-reminders"
import { env } from "../../src/lib/env"
import { sendEventRemindersWorkflow } from "../../src/workflows/lifecycle"
import { startFakeResend, type FakeResend, type ResendRequest } from "../utils/fake-resend"
import { icsEvent } from "../utils/parse-ics"

jest.setTimeout(240 * 1000)

const HOUR = 3_600_000
const icsTime = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")

type CmsEvent = {
  id: number
  title: string
  slug: string
  starts_at: string
  ends_at: string | null
  time_zone: string
  venue: string | null
  online_url: string | null
  summary: string | null
}
type CmsRsvp = { id: number; name: string; email: string; status: "registered" | "cancelled"; event: CmsEvent }

/**
 * A stand-in for the cms's GET /api/event-reminders (cms/src/endpoints/eventReminders.ts):
 * the commerce key, the window (after `from`, up to `to`), active RSVPs only,
 * keyset pages; `status` makes it answer an error instead.
 */
function startCms(rsvps: CmsRsvp[]) {
  const state = { status: 200, requests: 0 }
  const server = http.createServer((req, reply) => {
    const url = new URL(req.url ?? "/", "http://cms.test")
    const send = (status: number, body: unknown) => reply.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
    if (url.pathname !== "/api/event-reminders") return send(404, { errors: [{ message: "Not found" }] })
    state.requests++
    if (state.status !== 200) return send(state.status, { errors: [{ message: "down" }] })
    if (req.headers.authorization !== `users API-Key ${CMS_API_KEY}`) return send(401, { errors: [{ message: "key" }] })
    const from = new Date(url.searchParams.get("from")!).getTime()
    const to = new Date(url.searchParams.get("to")!).getTime()
    if (!(to > from) || to - from > 7 * 24 * HOUR) return send(400, { errors: [{ message: "window" }] })
    const limit = Number(url.searchParams.get("limit"))
    const after = Number(url.searchParams.get("after") ?? 0)
    const page = rsvps
      .filter((r) => r.status === "registered" && r.id > after)
      .filter((r) => new Date(r.event.starts_at).getTime() > from && new Date(r.event.starts_at).getTime() <= to)
      .sort((a, b) => a.id - b.id)
      .slice(0, limit)
      .map(({ status: _, ...r }) => r)
    send(200, { rsvps: page, next: page.length === limit ? String(page[page.length - 1].id) : null })
  })
  return { state, server }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    let resend: FakeResend
    let cms: ReturnType<typeof startCms>
    const now = new Date()
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR)
    const event = (id: number, title: string, startsInHours: number, over: Partial<CmsEvent> = {}): CmsEvent => ({
      id,
      title,
      slug: title.toLowerCase().replace(/\W+/g, "-"),
      starts_at: at(startsInHours).toISOString(),
      ends_at: null,
      time_zone: "Africa/Lagos",
      venue: null,
      online_url: null,
      summary: null,
      ...over,
    })
    const reading = event(11, "Reading in Lagos", 5, {
      ends_at: at(7).toISOString(),
      venue: "Freedom Park, 1 Hospital Rd, Lagos Island",
      summary: "Readings; doors open at six, bring a friend.",
    })
    const qa = event(12, "Online Q&A", 20, { online_url: "https://meet.example.com/qa", time_zone: "Europe/London" })
    const workshop = event(13, "Workshop", 30)
    const started = event(14, "Started already", -1)
    let nextId = 100
    const rsvp = (email: string, ev: CmsEvent, status: CmsRsvp["status"] = "registered"): CmsRsvp => ({
      id: nextId++,
      name: email.split("@")[0],
      email,
      status,
      event: ev,
    })
    const rsvps: CmsRsvp[] = [
      rsvp("ada@example.com", reading),
      rsvp("ben@example.com", reading),
      rsvp("cat@example.com", reading, "cancelled"),
      rsvp("dan@example.com", qa),
      rsvp("ada@example.com", qa),
      rsvp("eve@example.com", workshop),
      rsvp("fay@example.com", started),
    ]

    const db = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const runJob = (when = now) => sendEventRemindersJob(getContainer(), { scheduledFor: when } as any)
    const recipients = (e: ResendRequest) => ([] as string[]).concat(e.body.to)
    /** Every email Resend accepted for `email` about `title`. */
    const remindersTo = (email: string, title: string) =>
      resend.sent().filter((r) => recipients(r).includes(email) && r.body.subject === `Reminder: ${title} is coming up`)
    /** Every request to Resend for `email` (retries and repeats included: a double send shows here). */
    const requestsTo = (email: string) => resend.requests.filter((r) => r.path === "/emails" && recipients(r).includes(email))
    const icsOf = (email: ResendRequest) => {
      expect(email.body.attachments).toHaveLength(1)
      const [file] = email.body.attachments
      expect(file).toMatchObject({ filename: "event.ics", content_type: expect.stringMatching(/^text\/calendar/) })
      return Buffer.from(file.content, "base64").toString("utf8")
    }

    beforeAll(async () => {
      resend = await startFakeResend({ apiKey: RESEND_API_KEY, port: RESEND_PORT })
      cms = startCms(rsvps)
      await new Promise<void>((resolve) => cms.server.listen(CMS_PORT, "127.0.0.1", resolve))
    })
    afterAll(async () => {
      await resend?.stop()
      await new Promise((resolve) => cms?.server.close(resolve))
    })
    beforeEach(() => {
      env.LIFECYCLE_EVENT_REMINDER = true
      cms.state.status = 200
      resend.reset()
    })

    it("reminds each active RSVP of an event starting within 24 hours once, with the event's time, place, page and a valid .ics", async () => {
      // An opted-out address is still reminded: the reminder answers the reader's own RSVP (not marketing).
      await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "ben@example.com", metadata: { marketing_opt_out: true } })
      await Promise.all([runJob(), runJob(), sendEventRemindersWorkflow(getContainer()).run({ input: { now: now.toISOString() } })])
      await runJob(at(0.5))

      expect(remindersTo("ada@example.com", "Reading in Lagos")).toHaveLength(1)
      expect(remindersTo("ben@example.com", "Reading in Lagos")).toHaveLength(1)
      expect(remindersTo("dan@example.com", "Online Q&A")).toHaveLength(1)
      expect(remindersTo("ada@example.com", "Online Q&A")).toHaveLength(1)
      for (const email of ["ada@example.com", "ben@example.com", "dan@example.com"]) {
        expect(requestsTo(email).length).toBe(email === "ada@example.com" ? 2 : 1)
      }
      // Not the cancelled RSVP, not an event more than 24 hours away, not one already started.
      expect(requestsTo("cat@example.com")).toHaveLength(0)
      expect(requestsTo("eve@example.com")).toHaveLength(0)
      expect(requestsTo("fay@example.com")).toHaveLength(0)

      const [inPerson] = remindersTo("ada@example.com", "Reading in Lagos")
      const pageUrl = `${env.STOREFRONT_PUBLIC_URL}/events/reading-in-lagos`
      expect(inPerson.body.html).toContain("Freedom Park, 1 Hospital Rd, Lagos Island")
      expect(inPerson.body.html).toContain(`href="${pageUrl}"`)
      const localStart = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Africa/Lagos" }).format(new Date(reading.starts_at))
      expect(inPerson.body.text).toContain(`${localStart} GMT+1 (Africa/Lagos)`)
      const calendar = icsOf(inPerson)
      expect(calendar.split("\r\n")[0]).toBe("BEGIN:VCALENDAR")
      expect(calendar).toContain("\r\nVERSION:2.0\r\n")
      expect(icsEvent(calendar)).toEqual({
        UID: `event-11@${new URL(env.STOREFRONT_PUBLIC_URL).hostname}`,
        DTSTAMP: expect.stringMatching(/^\d{8}T\d{6}Z$/),
        DTSTART: icsTime(new Date(reading.starts_at)),
        DTEND: icsTime(new Date(reading.ends_at!)),
        SUMMARY: "Reading in Lagos",
        LOCATION: "Freedom Park, 1 Hospital Rd, Lagos Island",
        URL: pageUrl,
        DESCRIPTION: `Readings; doors open at six, bring a friend.\n\nEvent page: ${pageUrl}`,
      })
      // The same event's UID in every reader's file: a calendar keeps one entry.
      expect(icsEvent(icsOf(remindersTo("ben@example.com", "Reading in Lagos")[0])).UID).toBe(`event-11@${new URL(env.STOREFRONT_PUBLIC_URL).hostname}`)

      const [online] = remindersTo("dan@example.com", "Online Q&A")
      expect(online.body.html).toContain('href="https://meet.example.com/qa"')
      expect(online.body.text).toContain("(Europe/London)")
      const onlineIcs = icsEvent(icsOf(online))
      expect(onlineIcs).toMatchObject({ SUMMARY: "Online Q&A", LOCATION: "https://meet.example.com/qa", DTSTART: icsTime(new Date(qa.starts_at)) })
      expect(onlineIcs.DTEND).toBe(icsTime(new Date(new Date(qa.starts_at).getTime() + HOUR)))
      expect(onlineIcs.DESCRIPTION).toContain("Join online: https://meet.example.com/qa")

      // Seven hours on, the workshop is within a day: its reader gets one; the reading has started, nothing more for it.
      await runJob(at(7))
      await runJob(at(8))
      expect(remindersTo("eve@example.com", "Workshop")).toHaveLength(1)
      expect(requestsTo("ada@example.com")).toHaveLength(2)
      const { rows } = await db().raw(`SELECT subject_id FROM lifecycle_email_claim WHERE kind = 'event-reminder' ORDER BY subject_id`)
      expect(rows.map((r: { subject_id: string }) => r.subject_id)).toEqual([
        "event:11:ada@example.com",
        "event:11:ben@example.com",
        "event:12:ada@example.com",
        "event:12:dan@example.com",
        "event:13:eve@example.com",
      ])
    })

    it("sends nothing while switched off or while the cms cannot answer, and everything once when it can", async () => {
      const asked = cms.state.requests
      env.LIFECYCLE_EVENT_REMINDER = false
      await runJob()
      expect(cms.state.requests).toBe(asked)
      expect(resend.requests).toHaveLength(0)
      env.LIFECYCLE_EVENT_REMINDER = true

      cms.state.status = 503
      await runJob()
      expect(resend.requests).toHaveLength(0)
      // The claims by subject (a failure shows which); the table is made by the first run that claims, so none yet is none.
      const claims = async () => {
        const result = await db()
          .raw(`SELECT subject_id FROM lifecycle_email_claim WHERE kind = 'event-reminder' ORDER BY subject_id`)
          .catch((error: { code?: string }) => {
            if (error.code === "42P01") return { rows: [] }
            throw error
          })
        return (result.rows as { subject_id: string }[]).map((r) => r.subject_id)
      }
      expect(await claims()).toEqual([])

      cms.state.status = 200
      await runJob()
      expect(remindersTo("ada@example.com", "Reading in Lagos")).toHaveLength(1)
      expect(await claims()).toEqual(["event:11:ada@example.com", "event:11:ben@example.com", "event:12:ada@example.com", "event:12:dan@example.com"])
    })

    it("gives back the claim of a reminder Resend refused, so the next run sends it once, and keeps the ones that went", async () => {
      // Resend fails every try of the first email (the provider tries three times), then accepts.
      resend.failNext(3, 503)
      await runJob()
      // Which subjects were sent and claimed (a failure shows them, not only a count).
      const sentTo = () => resend.sent().map((r) => `${recipients(r).join(",")}: ${r.body.subject}`).sort()
      expect(sentTo()).toHaveLength(3)
      const { rows } = await db().raw(`SELECT subject_id FROM lifecycle_email_claim WHERE kind = 'event-reminder' ORDER BY subject_id`)
      expect(rows.map((r: { subject_id: string }) => r.subject_id)).toHaveLength(3)

      await runJob(at(0.25))
      await runJob(at(0.5))
      expect(sentTo()).toHaveLength(4)
      for (const [email, title] of [
        ["ada@example.com", "Reading in Lagos"],
        ["ben@example.com", "Reading in Lagos"],
        ["dan@example.com", "Online Q&A"],
        ["ada@example.com", "Online Q&A"],
      ]) {
        expect(remindersTo(email, title)).toHaveLength(1)
      }
    })
  },
})
