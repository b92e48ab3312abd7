import { signOutVendorAction } from "@/lib/actions/vendor-portal"
import type { VendorMe, VendorProduct } from "@/lib/data/vendor-portal"
import Alert from "@/modules/common/components/alert"
import { Button, ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorNav from "@/modules/marketplace/components/vendor-nav"
import VendorProductList from "@/modules/marketplace/components/vendor-product-list"
import VendorSignInForm from "@/modules/marketplace/components/vendor-sign-in-form"

/** The vendor portal's front page: the sign-in, or the vendor's products with their approval. */
export default function VendorPortal({ me, products, countryCode }: { me: VendorMe | null; products: VendorProduct[]; countryCode: string }) {
  if (!me) {
    return (
      <PageContainer as="section" width="narrow" aria-labelledby="vendor-heading" stack>
        <PageHeader title="Vendor sign-in" headingId="vendor-heading" lead="For authors and presses who sell in the shop. Your sign-in was set up from your invitation email." />
        <Card>
          <VendorSignInForm countryCode={countryCode} />
        </Card>
      </PageContainer>
    )
  }
  const selling = me.vendor.status === "approved"
  return (
    <PageContainer as="section" aria-labelledby="vendor-heading" stack>
      <PageHeader
        title={me.vendor.name}
        headingId="vendor-heading"
        titleTestId="vendor-portal-name"
        lead={`Signed in as ${me.member.email}`}
        actions={
          <>
            {selling ? <ButtonLink href={`/${countryCode}/vendor/products/new`} data-testid="vendor-new-book">List a book</ButtonLink> : null}
            <form action={signOutVendorAction}>
              <input type="hidden" name="countryCode" value={countryCode} />
              <Button type="submit" variant="quiet">Sign out</Button>
            </form>
          </>
        }
      />
      <VendorNav countryCode={countryCode} />
      {selling ? null : (
        <Alert tone="warning" testId="vendor-not-selling">
          Your vendor account is {me.vendor.status}
          {me.vendor.status_reason ? `: ${me.vendor.status_reason}` : ""}. You cannot list or change products meanwhile.
        </Alert>
      )}
      <h2>Your products</h2>
      {products.length ? (
        <VendorProductList products={products} countryCode={countryCode} />
      ) : (
        <EmptyState title="Nothing listed yet" testId="vendor-no-products">
          Books you list appear here; staff approve each before it is in the shop.
        </EmptyState>
      )}
    </PageContainer>
  )
}
