import { Fragment, type ReactNode } from "react"
import { asMedia, mediaUrl } from "@/lib/data/media"
import { hasFormat, localiseHref, safeHref, TEXT_FORMAT, type LexicalNode, type RichTextDocument } from "@/lib/util/rich-text"
import MediaImage from "@/modules/common/components/media-image"
import styles from "./styles.module.css"

type Context = { countryCode: string; cmsUrl: string }

function renderText(node: LexicalNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? ""
  if (hasFormat(node, TEXT_FORMAT.code)) out = <code>{out}</code>
  if (hasFormat(node, TEXT_FORMAT.bold)) out = <strong>{out}</strong>
  if (hasFormat(node, TEXT_FORMAT.italic)) out = <em>{out}</em>
  if (hasFormat(node, TEXT_FORMAT.strikethrough)) out = <s>{out}</s>
  if (hasFormat(node, TEXT_FORMAT.underline)) out = <u>{out}</u>
  if (hasFormat(node, TEXT_FORMAT.subscript)) out = <sub>{out}</sub>
  if (hasFormat(node, TEXT_FORMAT.superscript)) out = <sup>{out}</sup>
  return <Fragment key={key}>{out}</Fragment>
}

/** Internal links point at a cms document; posts and pages have known storefront paths. */
function internalHref(doc: unknown): string | null {
  const { relationTo, value } = (doc ?? {}) as { relationTo?: string; value?: { slug?: string } }
  const slug = value?.slug
  if (!slug) return null
  if (relationTo === "posts") return `/blog/${slug}`
  if (relationTo === "pages") return slug === "home" ? "/" : `/${slug}`
  return null
}

function renderNode(node: LexicalNode, key: number, ctx: Context): ReactNode {
  const children = () => node.children?.map((child, i) => renderNode(child, i, ctx))
  switch (node.type) {
    case "text":
      return renderText(node, key)
    case "linebreak":
      return <br key={key} />
    case "tab":
      return "\t"
    case "paragraph":
      return <p key={key}>{children()}</p>
    case "heading": {
      // The page title is the only h1; headings written in a post start at h2.
      const level = Math.min(6, Math.max(2, Number(node.tag?.slice(1)) || 2))
      const Tag = `h${level}` as "h2"
      return <Tag key={key}>{children()}</Tag>
    }
    case "list": {
      const Tag = node.listType === "number" ? "ol" : "ul"
      return <Tag key={key}>{children()}</Tag>
    }
    case "listitem":
      return (
        <li key={key} aria-checked={node.checked === undefined ? undefined : node.checked}>
          {children()}
        </li>
      )
    case "quote":
      return <blockquote key={key}>{children()}</blockquote>
    case "link":
    case "autolink": {
      const raw = node.fields?.linkType === "internal" ? internalHref(node.fields?.doc) : (node.fields?.url ?? node.url)
      const href = safeHref(raw)
      if (!href) return <span key={key}>{children()}</span>
      const external = /^https?:/i.test(href)
      return (
        <a
          key={key}
          href={localiseHref(href, ctx.countryCode)}
          {...(node.fields?.newTab || external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
        >
          {children()}
        </a>
      )
    }
    case "upload": {
      const media = asMedia(node.value)
      if (!media?.url) return null
      return (
        <figure key={key} className={styles.figure}>
          {/* Sizes come from the cms, so the browser reserves the space before the image arrives. */}
          <MediaImage src={mediaUrl(media.url, ctx.cmsUrl)} alt={media.alt} width={media.width} height={media.height} sizes="(min-width: 72rem) 70rem, 100vw" />
        </figure>
      )
    }
    case "block": {
      if (node.fields?.blockType !== "Code") return null
      const language = typeof node.fields.language === "string" ? node.fields.language : undefined
      return (
        // Focusable, so a keyboard can scroll a long line sideways (axe: scrollable-region-focusable).
        <pre key={key} className={styles.code} data-language={language} tabIndex={0}>
          <code>{String(node.fields.code ?? "")}</code>
        </pre>
      )
    }
    case "horizontalrule":
      return <hr key={key} />
    default:
      // An unknown node still shows its text rather than vanishing.
      return node.children ? <div key={key}>{children()}</div> : null
  }
}

/** Renders a Payload Lexical document as plain, escaped HTML elements (no dangerouslySetInnerHTML). */
export default function RichText({ document, countryCode, cmsUrl, testId }: { document: RichTextDocument | null | undefined; countryCode: string; cmsUrl: string; testId?: string }) {
  if (!document?.root?.children?.length) return null
  return (
    <div className={styles.prose} data-testid={testId}>
      {document.root.children.map((node, i) => renderNode(node, i, { countryCode, cmsUrl }))}
    </div>
  )
}
