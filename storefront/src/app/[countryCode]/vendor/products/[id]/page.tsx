import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { retrieveVendorCourse, retrieveVendorEbook } from "@/lib/data/vendor-content"
import { listVendorProducts, retrieveVendorMe, retrieveVendorProduct } from "@/lib/data/vendor-portal"
import Alert from "@/modules/common/components/alert"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorEbookPanel from "@/modules/marketplace/components/vendor-ebook-panel"
import VendorLessonsEditor from "@/modules/marketplace/components/vendor-lessons-editor"
import VendorProductForm from "@/modules/marketplace/components/vendor-product-form"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Edit product", robots: { index: false } }

type Props = { params: Promise<{ countryCode: string; id: string }>; searchParams: Promise<{ created?: string }> }

export default async function VendorProductPage({ params, searchParams }: Props) {
  const [{ countryCode, id }, { created }] = await Promise.all([params, searchParams])
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${countryCode}/vendor`)
  const [product, { currencies }] = await Promise.all([retrieveVendorProduct(id), listVendorProducts()])
  if (!product) notFound()
  const hasEbook = product.type === "book" && product.variants.some((v) => v.title === "Ebook")
  const [ebook, course] = await Promise.all([hasEbook ? retrieveVendorEbook(id) : null, product.type === "course" ? retrieveVendorCourse(id) : null])
  const editable = me.vendor.status === "approved"
  const approval = product.approval
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="vendor-product-heading" stack>
      <PageHeader title={product.title} headingId="vendor-product-heading" trail={[{ href: `/${countryCode}/vendor`, label: "Vendor portal" }]} />
      {created ? <Alert tone="success" testId="vendor-product-created">Sent for approval: staff review it before it is in the shop.</Alert> : null}
      <Alert tone={approval.status === "rejected" ? "error" : approval.status === "approved" ? "success" : "info"} testId="vendor-product-approval">
        {approval.status === "approved" ? "In the shop." : approval.status === "rejected" ? `Not approved: ${approval.reason}` : "Awaiting staff approval."}
        {product.pending_price_change ? " A price change is awaiting staff approval." : ""}
        {approval.status === "approved" ? (
          <>
            {" "}
            <Link href={`/${countryCode}/products/${product.handle}`} data-testid="vendor-product-in-shop">See it in the shop</Link>
          </>
        ) : null}
      </Alert>
      <Card>
        <VendorProductForm product={product} countryCode={countryCode} currencies={currencies} />
      </Card>
      {ebook ? (
        <Card>
          <VendorEbookPanel ebook={ebook} countryCode={countryCode} editable={editable} />
        </Card>
      ) : null}
      {product.type === "course" ? (
        <Card>
          <VendorLessonsEditor course={course} productId={product.id} countryCode={countryCode} editable={editable} />
        </Card>
      ) : null}
    </PageContainer>
  )
}
