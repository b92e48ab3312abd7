import type { ReactNode } from "react"
import styles from "./styles.module.css"

/** Sign in, create an account, reset a password: one narrow card in the middle of the page. */
export default function AuthFrame({ children }: { children: ReactNode }) {
  return <div className={styles.frame}>{children}</div>
}
