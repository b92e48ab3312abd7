import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

import type { EmailButtonBlock, ProductCardBlock } from '@/payload-types'
import { type CardRef, cardKey, type ProductCardData } from './products'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

type CodeBlock = { blockType: 'Code'; code?: string | null; language?: string | null }
/** The nodes a campaign body holds: the default ones and its three blocks. */
type EmailNodes =
  | DefaultNodeTypes
  | SerializedBlockNode<EmailButtonBlock>
  | SerializedBlockNode<ProductCardBlock>
  | SerializedBlockNode<CodeBlock>

/** A site path becomes a link to the storefront as readers reach it; anything but a path or http(s) is dropped. */
export function absoluteLink(url: string | null | undefined, site: string): string | null {
  if (!url) return null
  if (/^\/(?!\/)/.test(url)) return `${site}${url}`
  return /^https?:\/\/[^\s]+$/.test(url) ? url : null
}

const FONT = 'font-family:Georgia,serif'
const INK = '#1f2933'
const ACCENT = '#1f3a5f'

/** Tables and inline styles only: what Gmail, Outlook and Apple Mail all draw the same. */
function buttonHtml(label: string, href: string) {
  return `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:24px 0"><tr><td align="center" bgcolor="${ACCENT}" style="border-radius:6px;background:${ACCENT}"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 24px;${FONT};font-size:16px;font-weight:bold;line-height:1.2;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(label)}</a></td></tr></table>`
}

function cardHtml(kind: CardRef['kind'], card: ProductCardData) {
  const href = escapeHtml(card.url)
  const title = escapeHtml(card.title)
  const image = card.imageUrl
    ? `<td width="120" valign="top" style="padding:16px 0 16px 16px;width:120px"><a href="${href}"><img src="${escapeHtml(card.imageUrl)}" alt="${title}" width="120" style="display:block;width:120px;height:auto;border:0;border-radius:4px"></a></td>`
    : ''
  const price = card.price ? `<p style="margin:0 0 12px;font-size:16px;color:${INK}">${escapeHtml(card.price)}</p>` : ''
  return `<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="margin:24px 0;border:1px solid #e5e1da;border-radius:8px;border-collapse:separate"><tr>${image}<td valign="top" style="padding:16px;${FONT}"><p style="margin:0 0 4px;font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#6b6358">${kind === 'course' ? 'Online course' : 'Book'}</p><p style="margin:0 0 8px;font-size:18px;font-weight:bold;line-height:1.3"><a href="${href}" style="color:${INK};text-decoration:none">${title}</a></p>${price}<a href="${href}" style="color:${ACCENT};font-weight:bold">${kind === 'course' ? 'About the course' : 'See the book'} &#8594;</a></td></tr></table>`
}

const cardOf = (fields: Partial<ProductCardBlock>, cards: Map<string, ProductCardData>) =>
  fields.kind && fields.handle ? cards.get(cardKey({ kind: fields.kind, handle: fields.handle })) : undefined

/** The campaign body's blocks as email HTML; a card commerce did not know is left out. */
export const emailHtmlConverters =
  (site: string, cards: Map<string, ProductCardData>): HTMLConvertersFunction<EmailNodes> =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      emailButton: ({ node }) => {
        const href = absoluteLink(node.fields.url, site)
        return href && node.fields.label ? buttonHtml(node.fields.label, href) : ''
      },
      productCard: ({ node }) => {
        const card = cardOf(node.fields, cards)
        return card ? cardHtml(node.fields.kind!, card) : ''
      },
      Code: ({ node }) =>
        `<pre style="margin:16px 0;padding:12px;background:#f4f1ec;border-radius:4px;overflow-x:auto;font-size:14px"><code>${escapeHtml(node.fields.code ?? '')}</code></pre>`,
    },
  })

/**
 * The same blocks in the text part: a label or title, then its link on a line
 * of its own. Typed for this body's blocks, handed over as the plain type:
 * convertLexicalToPlaintext (3.90) takes no node-type parameter.
 */
export const emailTextConverters = (site: string, cards: Map<string, ProductCardData>): PlaintextConverters =>
  textConverters(site, cards) as PlaintextConverters

const textConverters = (site: string, cards: Map<string, ProductCardData>): PlaintextConverters<EmailNodes> => ({
  blocks: {
    emailButton: ({ node }) => {
      const href = absoluteLink(node.fields.url, site)
      return href && node.fields.label ? `\n\n${node.fields.label}: ${href}` : ''
    },
    productCard: ({ node }) => {
      const card = cardOf(node.fields, cards)
      if (!card) return ''
      const kind = node.fields.kind === 'course' ? 'Online course' : 'Book'
      return `\n\n${card.title} (${kind}${card.price ? `, ${card.price}` : ''})\n${card.url}`
    },
    Code: ({ node }) => `\n\n${node.fields.code ?? ''}`,
  },
})

/** The cards a body names, each once, for loadProductCards. */
export function cardRefsOf(body: unknown): CardRef[] {
  const refs = new Map<string, CardRef>()
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children } = node as { type?: string; fields?: Partial<ProductCardBlock>; children?: unknown[] }
    if (type === 'block' && fields?.blockType === 'productCard' && fields.kind && fields.handle) {
      const ref = { kind: fields.kind, handle: fields.handle }
      refs.set(cardKey(ref), ref)
    }
    for (const child of children ?? []) visit(child)
  }
  visit((body as { root?: unknown } | null)?.root)
  return [...refs.values()]
}
