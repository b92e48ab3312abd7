import type { ResolvedBlock, Section } from "@/lib/data/home"
import PageContainer from "@/modules/common/components/page-container"
import Unavailable from "@/modules/common/components/unavailable"
import PageBlocks from "@/modules/content/components/page-blocks"
import styles from "@/modules/content/components/page-blocks/styles.module.css"

export const HOME_TITLE = "Books for writers, teachers and lifelong learners"

/**
 * The cms page `home`: its hero is the page's h1. Without the cms the shop
 * still opens, with its own h1 and the books.
 */
export default function HomeTemplate({ blocks, cms, countryCode }: { blocks: ResolvedBlock[]; cms: Section<null>; countryCode: string }) {
  const hasHero = blocks.some((block) => block.blockType === "hero")
  return (
    <PageContainer className={styles.blocks}>
      {!hasHero && <h1 className="home-title">{HOME_TITLE}</h1>}
      <PageBlocks blocks={blocks} countryCode={countryCode} heroIsTitle />
      {!cms.ok && <Unavailable testId="blog-unavailable">The blog is unavailable right now.</Unavailable>}
    </PageContainer>
  )
}
