import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { emailSender, env, storefrontPublicUrl } from '@/env'
import type { Campaign } from '@/payload-types'
import { cardRefsOf, emailHtmlConverters, emailTextConverters } from './emailBlocks'
import { loadProductCards } from './products'
import type { OutgoingEmail } from './resendClient'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** What every email of one campaign shares: rendered once per send, not once per recipient. */
export type RenderedCampaign = { from: string; subject: string; html: string; text: string; preheader: string; campaignId: number }

/**
 * The body as email HTML and text, its buttons and book and course cards
 * included. The cards' titles, images and prices are asked of commerce here,
 * once for the whole send; commerce unreachable throws TransientSendError.
 */
export async function renderCampaign(campaign: Campaign): Promise<RenderedCampaign> {
  const sender = emailSender(env)
  const site = storefrontPublicUrl(env)
  const name = (campaign.fromName?.trim() || sender.name).replace(/[<>"]/g, '')
  const body = campaign.body as Parameters<typeof convertLexicalToHTML>[0]['data']
  const cards = await loadProductCards(cardRefsOf(body))
  return {
    campaignId: campaign.id,
    from: `${name} <${sender.address}>`,
    subject: campaign.subject,
    preheader: campaign.preheader ?? '',
    html: convertLexicalToHTML({ data: body, disableContainer: true, converters: emailHtmlConverters(site, cards) }),
    text: convertLexicalToPlaintext({ data: body, converters: emailTextConverters(site, cards) }).trim(),
  }
}

/**
 * One reader's email: the body, a footer with the one-click unsubscribe link,
 * and the List-Unsubscribe headers of RFC 8058 so mail clients offer it too.
 * The preheader is the hidden first line inboxes show beside the subject.
 */
export function emailFor(rendered: RenderedCampaign, to: string, unsubscribe: string, subjectPrefix = ''): OutgoingEmail {
  const site = storefrontPublicUrl(env)
  const preheader = rendered.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(rendered.preheader)}</div>`
    : ''
  return {
    from: rendered.from,
    to: [to],
    subject: `${subjectPrefix}${rendered.subject}`,
    html: `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;max-width:600px;margin:0 auto;padding:16px">${preheader}${rendered.html}<hr><p style="font-size:13px;color:#555">You get this because you subscribed at <a href="${escapeHtml(site)}">${escapeHtml(site)}</a>. <a href="${escapeHtml(unsubscribe)}">Unsubscribe</a> with one click.</p></body></html>`,
    text: `${rendered.preheader ? `${rendered.preheader}\n\n` : ''}${rendered.text}\n\n--\nYou get this because you subscribed at ${site}. Unsubscribe: ${unsubscribe}`,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    tags: [{ name: 'campaign', value: String(rendered.campaignId) }],
  }
}
