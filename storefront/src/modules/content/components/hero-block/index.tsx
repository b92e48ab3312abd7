import Link from "next/link"
import { asMedia, mediaUrl } from "@/lib/data/media"
import type { PageBlock } from "@/lib/data/pages"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import MediaImage from "@/modules/common/components/media-image"

type Hero = Extract<PageBlock, { blockType: "hero" }>

export default function HeroBlock({ block, countryCode, cmsUrl, isTitle }: { block: Hero; countryCode: string; cmsUrl: string; isTitle: boolean }) {
  const Heading = isTitle ? "h1" : "h2"
  const href = safeHref(block.cta?.url)
  const media = asMedia(block.media)
  return (
    <section className="hero-block" data-testid="hero-block">
      <Heading className={isTitle ? "home-title" : undefined}>{block.heading}</Heading>
      {block.subheading && <p className="hero-sub">{block.subheading}</p>}
      {href && block.cta?.label && (
        <p>
          <Link className="button" href={localiseHref(href, countryCode)}>
            {block.cta.label}
          </Link>
        </p>
      )}
      {media?.url && (
        <MediaImage src={mediaUrl(media.url, cmsUrl)} alt={media.alt} width={media.width} height={media.height} sizes="(min-width: 72rem) 70rem, 100vw" priority />
      )}
    </section>
  )
}
