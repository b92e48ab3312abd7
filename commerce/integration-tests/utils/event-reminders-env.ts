import { freePortSync } from "./paystack-simulator"

/**
 * Import first in the event-reminder spec: the cms commerce reads RSVPs from
 * is a local server on CMS_PORT speaking /api/event-reminders, and emails go
 * to a fake Resend, so the spec reads the reminders and their .ics files.
 * commerce's env is read once, by the first import of application code.
 */
export const CMS_PORT = freePortSync()
export const CMS_API_KEY = "event-reminders-spec-commerce-key"
export const RESEND_PORT = freePortSync()
export const RESEND_API_KEY = "re_test_event_reminders"
process.env.CMS_URL = `http://127.0.0.1:${CMS_PORT}`
process.env.CMS_API_KEY = CMS_API_KEY
process.env.RESEND_API_KEY = RESEND_API_KEY
process.env.RESEND_BASE_URL = `http://127.0.0.1:${RESEND_PORT}`
