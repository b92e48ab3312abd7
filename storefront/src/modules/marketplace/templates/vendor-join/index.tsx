import Alert from "@/modules/common/components/alert"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorJoinForm from "@/modules/marketplace/components/vendor-join-form"

/** Accepting a vendor invitation: the form, or why there is none (no token in the link). */
export default function VendorJoin({ token, countryCode }: { token: string | null; countryCode: string }) {
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="vendor-join-heading" stack>
      <PageHeader title="Set up your vendor sign-in" headingId="vendor-join-heading" lead="You were invited to sell in the shop. Choose how you will sign in; the link works once." />
      {token ? (
        <Card>
          <VendorJoinForm token={token} countryCode={countryCode} />
        </Card>
      ) : (
        <Alert tone="warning" live="none" testId="vendor-join-no-token">
          This page needs the link from your invitation email: open it from there.
        </Alert>
      )}
    </PageContainer>
  )
}
