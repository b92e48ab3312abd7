import { APIError, type EmailAdapter, type SendEmailOptions } from 'payload'
import { Resend } from 'resend'

type Address = NonNullable<SendEmailOptions['to']>

export type ResendAdapterOptions = {
  apiKey: string
  /** Resend's API origin; tests point it at a local fake. */
  baseUrl: string
  defaultFromAddress: string
  defaultFromName: string
}

const addressOf = (value: Address extends (infer T)[] ? T : never) =>
  typeof value === 'string' ? value : value.address

function addresses(value: SendEmailOptions['to']): string[] | undefined {
  if (!value) return undefined
  return (Array.isArray(value) ? value : [value]).map(addressOf)
}

function sender(from: SendEmailOptions['from'], name: string, address: string) {
  if (!from) return `${name} <${address}>`
  if (typeof from === 'string') return from
  return from.name ? `${from.name} <${from.address}>` : from.address
}

/** How long to wait before asking again after each 429 (a rate-limit window is one second). */
const RATE_LIMIT_WAITS_MS = [1_000, 2_000]

const isRateLimited = (error: unknown) => {
  const { statusCode, name } = (error ?? {}) as { statusCode?: number | null; name?: string }
  return statusCode === 429 || name === 'rate_limit_exceeded'
}

const body = (value: SendEmailOptions['html']) =>
  typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('utf8') : undefined

/**
 * Sends Payload's email (password resets, newsletter confirmations) through the
 * Resend SDK. `@payloadcms/email-resend` 3.90.1 posts to a hard-coded
 * https://api.resend.com, so it could not be tested against a local fake; the SDK
 * takes a base URL and owns the protocol (Bearer key, JSON body, error shape).
 */
export const resendAdapter =
  (options: ResendAdapterOptions): EmailAdapter<{ id: string }> =>
  () => {
    const resend = new Resend(options.apiKey, { baseUrl: options.baseUrl.replace(/\/+$/, '') })
    return {
      name: 'resend',
      defaultFromAddress: options.defaultFromAddress,
      defaultFromName: options.defaultFromName,
      sendEmail: async (message) => {
        const to = addresses(message.to)
        if (!to?.length) throw new APIError('An email needs at least one recipient', 400)
        const html = body(message.html)
        const text = body(message.text)
        const email = {
          from: sender(message.from, options.defaultFromName, options.defaultFromAddress),
          to,
          cc: addresses(message.cc),
          bcc: addresses(message.bcc),
          replyTo: addresses(message.replyTo),
          subject: message.subject ?? '',
          ...(html ? { html } : {}),
          ...(text || !html ? { text: text ?? '' } : {}),
        } as Parameters<Resend['emails']['send']>[0]
        let { data, error } = await resend.emails.send(email)
        // Resend allows a team 2 requests a second, shared with campaign batches: a 429
        // sent nothing, so the same email is asked again once the second has passed.
        for (const wait of RATE_LIMIT_WAITS_MS) {
          if (!isRateLimited(error)) break
          await new Promise((resolve) => setTimeout(resolve, wait))
          ;({ data, error } = await resend.emails.send(email))
        }
        if (error || !data) {
          const status = error && 'statusCode' in error && error.statusCode ? error.statusCode : 502
          throw new APIError(`Resend refused the email: ${error?.name ?? 'no response'} - ${error?.message ?? ''}`, status)
        }
        return data
      },
    }
  }
