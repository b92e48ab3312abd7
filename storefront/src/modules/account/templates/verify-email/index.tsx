import Link from "next/link"
import ResendVerificationForm from "@/modules/account/components/email-verification/resend-form"
import Alert from "@/modules/common/components/alert"
import { ButtonLink } from "@/modules/common/components/button"
import styles from "./styles.module.css"

export type VerifyOutcome =
  | { kind: "verified"; email: string }
  | { kind: "expired"; message: string }
  | { kind: "invalid" }
  | { kind: "unavailable" }

/** A new link: the button for a signed-in reader, else sign in first (and come back to the profile, which has the button). */
function NewLink({ countryCode, signedIn }: { countryCode: string; signedIn: boolean }) {
  if (signedIn) return <ResendVerificationForm countryCode={countryCode} variant="primary" />
  const next = `/${countryCode}/account/profile`
  return (
    <ButtonLink href={`/${countryCode}/account/login?${new URLSearchParams({ next })}`} data-testid="verify-sign-in">
      Sign in to get a new link
    </ButtonLink>
  )
}

/** The verify page's answer to the link that opened it. */
export default function VerifyEmailResult({ countryCode, outcome, signedIn }: { countryCode: string; outcome: VerifyOutcome; signedIn: boolean }) {
  return (
    <section aria-labelledby="verify-heading" className={styles.page} data-testid="verify-email-page" data-outcome={outcome.kind}>
      {outcome.kind === "verified" ? (
        <>
          <h1 id="verify-heading">Your email is verified</h1>
          <Alert tone="success" as="p" testId="verify-success">
            Thank you: <strong>{outcome.email}</strong> is verified. You can now post in the community, write reviews and RSVP to events.
          </Alert>
          <div className={styles.actions}>
            <ButtonLink href={`/${countryCode}/community`}>Visit the community</ButtonLink>
            <ButtonLink href={`/${countryCode}/account`} variant="secondary">
              Your account
            </ButtonLink>
          </div>
        </>
      ) : outcome.kind === "expired" ? (
        <>
          <h1 id="verify-heading">This link has expired</h1>
          <Alert tone="warning" as="p" testId="verify-expired">
            {/earlier email/i.test(outcome.message)
              ? "This link was for an earlier email address of your account. Ask for a link to your current address."
              : "Verification links work for 48 hours, and this one is older. Ask for a new one: it comes straight away."}
          </Alert>
          <NewLink countryCode={countryCode} signedIn={signedIn} />
        </>
      ) : outcome.kind === "invalid" ? (
        <>
          <h1 id="verify-heading">This link is not valid</h1>
          <Alert tone="error" as="p" testId="verify-invalid">
            We could not verify your email with this link. It may have been cut short when it was copied: open it straight from the
            email, or ask for a new one.
          </Alert>
          <NewLink countryCode={countryCode} signedIn={signedIn} />
        </>
      ) : (
        <>
          <h1 id="verify-heading">We could not check your link</h1>
          <Alert tone="error" as="p" testId="verify-unavailable">
            Something went wrong on our side. Please open the link again in a moment.
          </Alert>
          <p>
            <Link href={`/${countryCode}/account`}>Go to your account</Link>
          </p>
        </>
      )}
    </section>
  )
}
