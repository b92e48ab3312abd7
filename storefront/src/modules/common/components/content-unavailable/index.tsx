import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Unavailable from "@/modules/common/components/unavailable"

/**
 * A whole page in place of one whose content the cms could not give (it is
 * down or not answering): what happened and what to do, instead of a 500.
 */
export default function ContentUnavailable() {
  return (
    <PageContainer width="narrow" stack>
      <PageHeader title="This page is unavailable right now" />
      <Unavailable testId="content-unavailable">
        Its content could not be loaded just now. Please try again in a minute.
      </Unavailable>
    </PageContainer>
  )
}
