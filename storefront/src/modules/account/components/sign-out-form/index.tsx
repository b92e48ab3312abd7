import { signOut } from "@/lib/actions/account"
import { Button } from "@/modules/common/components/button"

/** A plain form: signing out works without JavaScript. */
export default function SignOutForm({ countryCode }: { countryCode: string }) {
  return (
    <form action={signOut}>
      <input type="hidden" name="countryCode" value={countryCode} />
      <Button type="submit" variant="quiet" size="sm" data-testid="sign-out">
        Sign out
      </Button>
    </form>
  )
}
