import { signOutEverywhere } from "@/lib/actions/account-security"
import { formClass } from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"

/** Ends every session on every device, this one too; works without JavaScript. */
export default function SignOutEverywhereForm({ countryCode }: { countryCode: string }) {
  return (
    <form action={signOutEverywhere} className={formClass} aria-labelledby="sessions-heading" data-testid="sign-out-everywhere-form">
      <h2 id="sessions-heading">Signed-in devices</h2>
      <input type="hidden" name="countryCode" value={countryCode} />
      <p>Lost a phone, or signed in on a shared computer? Sign out on every device, this one included.</p>
      <SubmitButton pendingText="Signing out…" testId="sign-out-everywhere" variant="secondary">
        Sign out everywhere
      </SubmitButton>
    </form>
  )
}
