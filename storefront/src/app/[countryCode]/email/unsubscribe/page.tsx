import type { Metadata } from "next"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import { UnsubscribeForm } from "@/modules/account/components/marketing-form"

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } }

/** Where a marketing email's unsubscribe link lands (`?token=`): one button confirms it. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  return (
    <PageContainer width="narrow">
      <PageHeader
        title="Unsubscribe from marketing emails"
        lead="No more reminders of a cart left behind or nudges about a course. Emails about your orders and your account still come."
      />
      <UnsubscribeForm token={typeof token === "string" ? token : ""} />
    </PageContainer>
  )
}
