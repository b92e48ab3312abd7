import type { EmailVerification } from "@/lib/data/email-verification"
import Alert from "@/modules/common/components/alert"
import Badge from "@/modules/common/components/badge"
import ResendVerificationForm from "./resend-form"
import styles from "./styles.module.css"

/** The account's email and its state: "Verified", or "Not verified" with a button for a new link. */
export function EmailVerificationStatus({ state, countryCode }: { state: EmailVerification; countryCode: string }) {
  return (
    <div className={styles.status} data-testid="email-verification">
      <p className={styles.line}>
        <span>{state.email}</span>
        {state.verified ? (
          <Badge tone="success" testId="email-verified">
            Verified
          </Badge>
        ) : (
          <Badge tone="warning" testId="email-not-verified">
            Not verified
          </Badge>
        )}
      </p>
      {state.verified ? null : (
        <>
          <p className={styles.hint}>
            Follow the link in the email we sent to post in the community, write reviews and RSVP to events. No email? Check your spam
            folder, or ask for a new one.
          </p>
          <ResendVerificationForm countryCode={countryCode} />
        </>
      )}
    </div>
  )
}

/** In place of a form an unverified reader cannot use yet: why, and a new link. `doing`: "post in the community". */
export function VerifyEmailPrompt({ countryCode, doing }: { countryCode: string; doing: string }) {
  return (
    <Alert tone="warning" live="none" testId="verify-email-prompt" className={styles.prompt}>
      <p className={styles.promptText}>
        <strong>Verify your email address to {doing}.</strong> Follow the link in the email we sent when you made your account.
      </p>
      <ResendVerificationForm countryCode={countryCode} />
    </Alert>
  )
}
