import Link from "next/link"
import Alert from "@/modules/common/components/alert"
import PageContainer from "@/modules/common/components/page-container"

/** An emailed order link that cannot open the order: past its 30 days, or not one we sent. */
export default function OrderLinkProblem({ reason, countryCode }: { reason: "expired" | "invalid"; countryCode: string }) {
  return (
    <PageContainer width="narrow" stack data-testid="order-link-problem" data-reason={reason}>
      <h1>{reason === "expired" ? "This order link has expired" : "This order link is not valid"}</h1>
      <Alert tone="warning" live="none">
        {reason === "expired"
          ? "Links in order emails open the order for 30 days, and this one is older. Your order itself is safe."
          : "The link may have been cut short or changed when it was copied. Open it again from your order email."}
      </Alert>
      <p>
        Write to us with your order number and we will send you a fresh link, or{" "}
        <Link href={`/${countryCode}/account/login`}>sign in</Link> if the order was placed with an account.
      </p>
    </PageContainer>
  )
}
