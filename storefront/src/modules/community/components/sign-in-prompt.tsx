import Link from "next/link"
import Alert from "@/modules/common/components/alert"

/**
 * Instead of a form: a visitor who is not signed in is asked to sign in (and
 * comes back here); a customer who has not joined is sent to set up a profile.
 */
export default function CommunityPrompt({
  countryCode,
  returnTo,
  signedIn,
  doing,
}: {
  countryCode: string
  returnTo: string
  signedIn: boolean
  doing: string
}) {
  return (
    <Alert tone="info" live="none" as="p" testId="community-prompt">
      {signedIn ? (
        <>
          <Link href={`/${countryCode}/community/me`}>Join the community</Link> to {doing}.
        </>
      ) : (
        <>
          <Link href={`/${countryCode}/account/login?${new URLSearchParams({ next: returnTo })}`}>Sign in</Link> to {doing}.
        </>
      )}
    </Alert>
  )
}
