import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { EmailVerification } from "@/lib/data/email-verification"
import { EmailVerificationStatus } from "@/modules/account/components/email-verification"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

const SECTIONS = [
  { path: "/orders", title: "Orders", text: "What you bought, its status and delivery." },
  { path: "/library", title: "Library", text: "Your ebooks, to download whenever you like." },
  { path: "/courses", title: "Courses", text: "Your progress, where to resume, certificates." },
  { path: "/addresses", title: "Addresses", text: "Where your print books are delivered." },
  { path: "/profile", title: "Profile", text: "Your name and phone number." },
]

export default function AccountOverview({
  customer,
  countryCode,
  emailVerification,
}: {
  customer: HttpTypes.StoreCustomer
  countryCode: string
  /** Null when commerce could not say: the state is left out rather than guessed. */
  emailVerification: EmailVerification | null
}) {
  const base = `/${countryCode}/account`
  return (
    <section aria-labelledby="account-heading">
      <h1 id="account-heading" data-testid="account-heading">
        Hello{customer.first_name ? `, ${customer.first_name}` : ""}
      </h1>
      <p className={styles.lead}>
        Signed in as <strong data-testid="account-email">{customer.email}</strong>.
      </p>
      {emailVerification && !emailVerification.verified ? (
        <Card className={styles.verification}>
          <EmailVerificationStatus state={emailVerification} countryCode={countryCode} />
        </Card>
      ) : null}
      <ul className={styles.grid}>
        {SECTIONS.map((section) => (
          <Card as="li" tone="linked" key={section.path} className={styles.card}>
            <h2 className={styles.title}>
              <Link href={base + section.path}>{section.title}</Link>
            </h2>
            <p className={styles.text}>{section.text}</p>
          </Card>
        ))}
      </ul>
    </section>
  )
}
