import Link from "next/link"
import type { ResolvedBlock } from "@/lib/data/home"
import { env } from "@/lib/env"
import CallToActionBlock from "@/modules/content/components/cta-block"
import CourseCardBlock from "@/modules/content/components/course-card-block"
import FeaturedBooksBlock from "@/modules/content/components/featured-books-block"
import HeroBlock from "@/modules/content/components/hero-block"
import NewsletterForm from "@/modules/content/components/newsletter-form"
import RichText from "@/modules/content/components/rich-text"
import LatestPosts from "@/modules/home/components/latest-posts"
import Unavailable from "@/modules/common/components/unavailable"
import styles from "./styles.module.css"

/**
 * A cms page's blocks in order. The first hero is the page's h1 when
 * `heroIsTitle`; every other block heading is an h2, so the outline stays
 * in order whatever an editor arranges.
 */
export default function PageBlocks({ blocks, countryCode, heroIsTitle }: { blocks: ResolvedBlock[]; countryCode: string; heroIsTitle: boolean }) {
  const titleHero = heroIsTitle ? blocks.findIndex((block) => block.blockType === "hero") : -1
  return blocks.map((block, index) => {
    const key = block.id ?? `${block.blockType}-${index}`
    switch (block.blockType) {
      case "hero":
        return <HeroBlock key={key} block={block} countryCode={countryCode} cmsUrl={env.CMS_URL} isTitle={index === titleHero} />
      case "richText":
        return <RichText key={key} document={block.content} countryCode={countryCode} cmsUrl={env.CMS_URL} />
      case "featuredBooks":
        return <FeaturedBooksBlock key={key} block={block} countryCode={countryCode} index={index} />
      case "courseCard":
        return <CourseCardBlock key={key} block={block} countryCode={countryCode} index={index} />
      case "latestPosts":
        return (
          <section key={key} aria-labelledby={`blog-heading-${index}`} className={styles.section} data-testid="latest-posts">
            <div className={styles.sectionHead}>
              <h2 id={`blog-heading-${index}`}>{block.heading}</h2>
              <Link href={`/${countryCode}/blog`} className={styles.more}>
                All posts <span aria-hidden="true">→</span>
              </Link>
            </div>
            {block.posts.ok ? (
              <LatestPosts posts={block.posts.data} countryCode={countryCode} />
            ) : (
              <Unavailable testId="blog-unavailable">The blog is unavailable right now.</Unavailable>
            )}
          </section>
        )
      case "callToAction":
        return <CallToActionBlock key={key} block={block} countryCode={countryCode} index={index} />
      case "newsletterSignup":
        return <NewsletterForm key={key} heading={block.heading} text={block.text} index={index} />
      default:
        return null
    }
  })
}
