import PageContainer from "@/modules/common/components/page-container"

/** Shown only in draft mode, with the way back to what readers see. */
export default function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status" data-testid="preview-banner">
      <PageContainer>
        Preview: you are seeing unpublished drafts.{" "}
        <a href={`/api/preview/exit?${new URLSearchParams({ path })}`} data-testid="exit-preview">
          Exit preview
        </a>
      </PageContainer>
    </div>
  )
}
