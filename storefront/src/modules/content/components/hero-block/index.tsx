import { asMedia, mediaUrl } from "@/lib/data/media"
import type { PageBlock } from "@/lib/data/pages"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import { ButtonLink } from "@/modules/common/components/button"
import MediaImage from "@/modules/common/components/media-image"
import styles from "./styles.module.css"

type Hero = Extract<PageBlock, { blockType: "hero" }>

export default function HeroBlock({ block, countryCode, cmsUrl, isTitle }: { block: Hero; countryCode: string; cmsUrl: string; isTitle: boolean }) {
  const Heading = isTitle ? "h1" : "h2"
  const href = safeHref(block.cta?.url)
  const media = asMedia(block.media)
  return (
    <section className={`${styles.hero} ${media?.url ? styles.withMedia : ""}`} data-testid="hero-block">
      <div className={styles.text}>
        <Heading className={styles.heading}>{block.heading}</Heading>
        {block.subheading && <p className={styles.sub}>{block.subheading}</p>}
        {href && block.cta?.label && (
          <p className={styles.cta}>
            <ButtonLink href={localiseHref(href, countryCode)} size="lg">
              {block.cta.label}
            </ButtonLink>
          </p>
        )}
      </div>
      {media?.url && (
        <MediaImage
          src={mediaUrl(media.url, cmsUrl)}
          alt={media.alt}
          width={media.width}
          height={media.height}
          sizes="(min-width: 60rem) 34rem, 100vw"
          priority
          className={styles.media}
        />
      )}
    </section>
  )
}
