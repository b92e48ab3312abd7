import type { SettlementBank } from "@/lib/data/vendor-applications"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorApplicationForm from "@/modules/marketplace/components/vendor-application-form"

/** "Sell with us": what selling here means, and the application form. */
export default function Sell({ banks }: { banks: SettlementBank[] }) {
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="sell-heading" stack>
      <PageHeader
        title="Sell your books and courses here"
        headingId="sell-heading"
        titleTestId="sell-title"
        lead="Co-authors, guest instructors and small presses sell beside the author's own titles. Apply below: we read every application and reply by email. Once approved, your sales will be paid into your bank account through Paystack, less the shop's commission."
      />
      <Card>
        <VendorApplicationForm banks={banks} />
      </Card>
    </PageContainer>
  )
}
