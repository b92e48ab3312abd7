import { ButtonLink } from "@/modules/common/components/button"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"

/** A 404 inside the shop: an unknown book, or a country no region sells to. */
export default function ShopNotFound() {
  return (
    <PageContainer width="narrow">
      <PageHeader
        title="Not found"
        lead="We could not find that page. The book may have been withdrawn, or the link may be wrong."
        actions={<ButtonLink href="/">Browse all books</ButtonLink>}
      />
    </PageContainer>
  )
}
