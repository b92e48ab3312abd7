import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listVendorProducts, retrieveVendorMe } from "@/lib/data/vendor-portal"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorBookForm from "@/modules/marketplace/components/vendor-book-form"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "List a book", robots: { index: false } }

export default async function NewVendorBookPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  if (!(await retrieveVendorMe())) redirect(`/${countryCode}/vendor`)
  const { currencies } = await listVendorProducts()
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="vendor-book-heading" stack>
      <PageHeader title="List a book" headingId="vendor-book-heading" trail={[{ href: `/${countryCode}/vendor`, label: "Vendor portal" }]} />
      <Card>
        <VendorBookForm countryCode={countryCode} currencies={currencies} />
      </Card>
    </PageContainer>
  )
}
