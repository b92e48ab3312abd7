import Alert from "@/modules/common/components/alert"
import GoogleLink from "./google-link"
import styles from "./styles.module.css"

/** What the login page says when a Google sign-in came back without finishing (`?google=`). */
const FAILURES: Record<string, string> = {
  cancelled: "Google sign-in was cancelled. Choose a way to sign in.",
  expired: "That Google sign-in had expired or was started in another browser. Please try again.",
  failed: "Google could not sign you in. Try again, or use your email and password.",
  unverified: "An account already uses this address, and Google has not verified it for you. Sign in with your password.",
  unavailable: "Google sign-in is not available right now. Use your email and password, or try again in a moment.",
}

type Props = { countryCode: string; next?: string; failure?: string }

/** "Continue with Google" above the email form, in Google's own wording and mark. */
export default function GoogleSignIn({ countryCode, next, failure }: Props) {
  const message = failure ? FAILURES[failure] : undefined
  const href = `/auth/google/start?${new URLSearchParams({ country: countryCode, ...(next ? { next } : {}) })}`
  return (
    <div className={styles.google}>
      {message && (
        <Alert tone="error" testId="google-sign-in-failed">
          {message}
        </Alert>
      )}
      <GoogleLink href={href} />
      <p className={styles.divider}>
        <span>or with your email</span>
      </p>
    </div>
  )
}
