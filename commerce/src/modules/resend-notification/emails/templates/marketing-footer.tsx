/** @jsxImportSource ../jsx */
import { Link, Text } from "@react-email/components"
import { mutedStyle } from "../components/layout"

/** The line every marketing email (never a transactional one) ends with: how to stop them, in one click and a confirm. */
export function UnsubscribeNote({ href }: { href: string }) {
  return (
    <Text style={{ ...mutedStyle, fontSize: "12px" }}>
      Not interested in reminders like this? <Link href={href}>Unsubscribe from marketing emails</Link>. Order and account emails
      still reach you.
    </Text>
  )
}
