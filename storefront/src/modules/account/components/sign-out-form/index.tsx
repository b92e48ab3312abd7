import { signOut } from "@/lib/actions/account"

/** A plain form: signing out works without JavaScript. */
export default function SignOutForm({ countryCode }: { countryCode: string }) {
  return (
    <form action={signOut}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <button type="submit" className="button" data-testid="sign-out">
        Sign out
      </button>
    </form>
  )
}
