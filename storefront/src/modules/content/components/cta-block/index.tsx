import Link from "next/link"
import type { PageBlock } from "@/lib/data/pages"
import { localiseHref, safeHref } from "@/lib/util/rich-text"

type CallToAction = Extract<PageBlock, { blockType: "callToAction" }>

export default function CallToActionBlock({ block, countryCode, index }: { block: CallToAction; countryCode: string; index: number }) {
  const href = safeHref(block.url)
  const headingId = `cta-heading-${index}`
  return (
    <section aria-labelledby={headingId} className="notice" data-testid="cta-block">
      <h2 id={headingId}>{block.heading}</h2>
      {block.text && <p>{block.text}</p>}
      {href && (
        <Link className="button" href={localiseHref(href, countryCode)}>
          {block.label}
        </Link>
      )}
    </section>
  )
}
