import type { LoadedPage } from "@/lib/data/home"
import PageBlocks from "@/modules/content/components/page-blocks"
import PreviewBanner from "@/modules/content/components/preview-banner"

/** A cms page: its first hero is the h1; without one, the page title is. */
export default function ContentPage({ loaded, countryCode, preview }: { loaded: LoadedPage; countryCode: string; preview: boolean }) {
  const { page, blocks } = loaded
  const hasHero = blocks.some((block) => block.blockType === "hero")
  return (
    <>
      {preview && <PreviewBanner path={`/${countryCode}/${page.slug}`} />}
      <div className="container content-page" data-testid="content-page">
        {!hasHero && <h1>{page.title}</h1>}
        <PageBlocks blocks={blocks} countryCode={countryCode} heroIsTitle />
      </div>
    </>
  )
}
