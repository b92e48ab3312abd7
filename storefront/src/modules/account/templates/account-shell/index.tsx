import type { ReactNode } from "react"
import AccountNav from "@/modules/account/components/account-nav"
import SignOutForm from "@/modules/account/components/sign-out-form"
import styles from "./styles.module.css"

/** The frame of every signed-in account page: its sections and "Sign out". */
export default function AccountShell({ countryCode, children }: { countryCode: string; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <div className={styles.bar}>
        <AccountNav countryCode={countryCode} />
        <SignOutForm countryCode={countryCode} />
      </div>
      {children}
    </div>
  )
}
