import type { LoadedPage } from "@/lib/data/home"
import PageContainer from "@/modules/common/components/page-container"
import PageBlocks from "@/modules/content/components/page-blocks"
import styles from "@/modules/content/components/page-blocks/styles.module.css"
import PreviewBanner from "@/modules/content/components/preview-banner"

/** A cms page: its first hero is the h1; without one, the page title is. */
export default function ContentPage({ loaded, countryCode, preview }: { loaded: LoadedPage; countryCode: string; preview: boolean }) {
  const { page, blocks } = loaded
  const hasHero = blocks.some((block) => block.blockType === "hero")
  return (
    <>
      {preview && <PreviewBanner path={`/${countryCode}/${page.slug}`} />}
      <PageContainer className={styles.blocks} data-testid="content-page">
        {!hasHero && <h1>{page.title}</h1>}
        <PageBlocks blocks={blocks} countryCode={countryCode} heroIsTitle />
      </PageContainer>
    </>
  )
}
