import type { PageBlock } from "@/lib/data/pages"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import { ButtonLink } from "@/modules/common/components/button"
import styles from "./styles.module.css"

type CallToAction = Extract<PageBlock, { blockType: "callToAction" }>

export default function CallToActionBlock({ block, countryCode, index }: { block: CallToAction; countryCode: string; index: number }) {
  const href = safeHref(block.url)
  const headingId = `cta-heading-${index}`
  return (
    <section aria-labelledby={headingId} className={styles.cta} data-testid="cta-block">
      <div>
        <h2 id={headingId} className={styles.heading}>
          {block.heading}
        </h2>
        {block.text && <p className={styles.text}>{block.text}</p>}
      </div>
      {href && (
        <ButtonLink href={localiseHref(href, countryCode)} variant="secondary">
          {block.label}
        </ButtonLink>
      )}
    </section>
  )
}
