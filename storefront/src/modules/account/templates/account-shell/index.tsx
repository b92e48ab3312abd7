import type { ReactNode } from "react"
import AccountNav from "@/modules/account/components/account-nav"
import SignOutForm from "@/modules/account/components/sign-out-form"
import styles from "./styles.module.css"

/** The frame of every signed-in account page: its sections beside the page (above it on phones) and "Sign out". */
export default function AccountShell({ countryCode, children }: { countryCode: string; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <aside className={styles.side} aria-label="Your account">
        <p className={styles.title}>Your account</p>
        <AccountNav countryCode={countryCode} />
        <SignOutForm countryCode={countryCode} />
      </aside>
      <div className={styles.content}>{children}</div>
    </div>
  )
}
