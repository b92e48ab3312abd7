"use client"

import { useActionState } from "react"
import { confirmAccountDeletion } from "@/lib/actions/account-security"
import Alert from "@/modules/common/components/alert"
import { ButtonLink } from "@/modules/common/components/button"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

type Props = { countryCode: string; token: string }

/** The deletion email's page: what goes and what stays, and one explicit button. */
export default function ConfirmAccountDeletion({ countryCode, token }: Props) {
  const [state, action] = useActionState(confirmAccountDeletion, null)
  if (!token) {
    return (
      <section aria-labelledby="delete-confirm-heading" className={styles.page} data-testid="delete-confirm-page">
        <h1 id="delete-confirm-heading">This link is not valid</h1>
        <Alert tone="error" as="p">
          The link has no token: it may have been cut short when it was copied. Open it straight from the email, or ask for a new one from
          your profile.
        </Alert>
        <div className={styles.actions}>
          <ButtonLink href={`/${countryCode}/account/profile`} variant="secondary">
            Your profile
          </ButtonLink>
        </div>
      </section>
    )
  }
  return (
    <form action={action} className={styles.page} aria-labelledby="delete-confirm-heading" data-testid="delete-confirm-page">
      <h1 id="delete-confirm-heading">Delete your account?</h1>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <p>
        Your profile, addresses, wishlist, back-in-stock requests, private calendar link and newsletter subscription are deleted, RSVPs
        to events still to come are cancelled, and you are signed out everywhere. Orders stay on record for the shop&apos;s books without
        your name, email or address, and your community posts stay, signed &ldquo;Former member&rdquo;.
      </p>
      <p className={styles.warning}>This cannot be undone.</p>
      <div className={styles.actions}>
        <SubmitButton pendingText="Deleting…" testId="delete-confirm-submit" variant="danger">
          Delete my account
        </SubmitButton>
        <ButtonLink href={`/${countryCode}/account/profile`} variant="secondary">
          Keep my account
        </ButtonLink>
      </div>
    </form>
  )
}

/** After the deletion: its own page, so the header reads the (now signed-out) session afresh. */
export function AccountDeleted({ countryCode }: { countryCode: string }) {
  return (
    <section aria-labelledby="delete-done-heading" className={styles.page} data-testid="account-deleted">
      <h1 id="delete-done-heading">Your account is deleted</h1>
      <Alert tone="success" as="p" testId="account-deleted-message">
        Your account and its personal details are gone, and this browser is signed out. Orders stay on record for the shop&apos;s books,
        without your name, email or address. Thank you for reading with us.
      </Alert>
      <div className={styles.actions}>
        <ButtonLink href={`/${countryCode}`}>Back to the shop</ButtonLink>
      </div>
    </section>
  )
}
