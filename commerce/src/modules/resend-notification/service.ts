import { randomUUID } from "node:crypto"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { Resend } from "resend"
import { EmailTemplateError, renderEmail, type EmailBrand, type RenderedEmail } from "./emails"

export type ResendNotificationOptions = {
  api_key: string
  /** The sender, e.g. `Adaeze Okafor Books <orders@example.com>`, on a domain verified at Resend. */
  from: string
  reply_to?: string
  /** Defaults to https://api.resend.com (the SDK also reads RESEND_BASE_URL). */
  base_url?: string
  /** Tries per email, the first included; default 3. */
  max_attempts?: number
  /** The wait before the second try, doubled before each later one; default 500 ms. */
  retry_delay_ms?: number
  /**
   * The brand the emails print, asked for before each render (the app reads it
   * from the cms's site settings); without it, DEFAULT_EMAIL_BRAND. A function,
   * not a value, because editors change it while the server runs.
   */
  brand?: () => EmailBrand | Promise<EmailBrand>
}

/** The most a 429's Retry-After may hold an email back: a workflow step is waiting. */
const MAX_RETRY_AFTER_MS = 10_000

type ResendError = { statusCode?: number | null; name?: string; message?: string }

/** Worth another try: Resend unreachable (no status), rate-limited, or failing on its side. */
const isTransient = (error: ResendError) => error.statusCode == null || error.statusCode === 429 || error.statusCode >= 500

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends the shop's emails through Resend, rendered by the notification's
 * template from the module's own emails/ (the app only hands in the brand).
 * A transient failure is retried with exponential backoff under one idempotency key (so Resend sends it once however many
 * tries it takes); a send that still fails throws, which the notification
 * module records as a failed notification and the workflows that email
 * catch and log: an order never fails because of its email.
 */
export default class ResendNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "resend"

  protected readonly client: Resend
  protected readonly maxAttempts: number
  protected readonly retryDelayMs: number

  static validateOptions(options: Record<string, unknown>) {
    if (!options.api_key) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Resend provider needs `api_key`")
    if (!options.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Resend provider needs `from`, a verified sender")
  }

  constructor(
    protected readonly container: { logger: Logger },
    protected readonly options: ResendNotificationOptions
  ) {
    super()
    this.client = new Resend(options.api_key, options.base_url ? { baseUrl: options.base_url.replace(/\/+$/, "") } : undefined)
    this.maxAttempts = Math.max(1, options.max_attempts ?? 3)
    this.retryDelayMs = options.retry_delay_ms ?? 500
  }

  async send(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const email = await this.compose(notification)
    const from = notification.from?.trim() || this.options.from
    const idempotencyKey = randomUUID()
    const logger = this.container.logger
    let failure: ResendError = {}
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const { data, error, headers } = await this.client.emails.send(
        {
          from,
          to: notification.to,
          subject: email.subject,
          html: email.html,
          text: email.text || undefined,
          replyTo: this.options.reply_to,
          attachments: attachmentsOf(notification),
          headers: extraHeaders(notification.provider_data),
        },
        { idempotencyKey }
      )
      if (data) return { id: data.id }
      failure = error ?? {}
      if (!isTransient(failure) || attempt === this.maxAttempts) break
      const retryAfterMs = Number(headers?.["retry-after"]) * 1000
      const delay = Math.min(Math.max(this.retryDelayMs * 2 ** (attempt - 1), retryAfterMs || 0), MAX_RETRY_AFTER_MS)
      logger.warn(
        `Resend: "${notification.template}" email to ${notification.to} failed (${describe(failure)}), try ${attempt} of ${this.maxAttempts}; trying again in ${delay} ms`
      )
      await sleep(delay)
    }
    const message = `Resend did not send the "${notification.template}" email to ${notification.to}: ${describe(failure)}`
    logger.error(message)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message)
  }

  /** Ready-made content when the caller gave it, else the template rendered with the notification's data. */
  private async compose(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<RenderedEmail> {
    const content = notification.content
    if (content?.html && content.subject) {
      return { subject: content.subject, html: content.html, text: content.text ?? "" }
    }
    try {
      const brand = await this.options.brand?.()
      return await renderEmail(notification.template, notification.data, brand)
    } catch (error) {
      if (error instanceof EmailTemplateError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      throw error
    }
  }
}

/**
 * Medusa's notification attachments as Resend takes them: `content` stays the
 * base64 text Medusa carries (the SDK passes a string through as is), with
 * its filename and content type. Resend has no disposition field: an
 * attachment without a content id is an attachment.
 */
function attachmentsOf(notification: NotificationTypes.ProviderSendNotificationDTO) {
  if (!notification.attachments?.length) return undefined
  return notification.attachments.map((a) => ({
    filename: a.filename,
    content: a.content,
    contentType: a.content_type,
    ...(a.id ? { contentId: a.id } : {}),
  }))
}

/**
 * The notification's `provider_data.headers` (e.g. a marketing email's
 * List-Unsubscribe pair), string values only; none for the rest.
 */
function extraHeaders(providerData: Record<string, unknown> | null | undefined): Record<string, string> | undefined {
  const headers = providerData?.headers
  if (!headers || typeof headers !== "object") return undefined
  const entries = Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === "string")
  return entries.length ? Object.fromEntries(entries) : undefined
}

const describe = (error: ResendError) => `${error.statusCode ?? "no response"} ${error.name ?? ""}: ${error.message ?? "unknown error"}`.replace(/ +/g, " ")
