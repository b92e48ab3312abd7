import type { ReactNode } from "react"
import styles from "./styles.module.css"

type Props = { title: string; children?: ReactNode; action?: ReactNode; testId?: string }

/** Nothing here yet: what is missing, and the one thing to do about it. */
export default function EmptyState({ title, children, action, testId }: Props) {
  return (
    <div className={styles.empty} data-testid={testId}>
      <p className={styles.title}>{title}</p>
      {children && <div className={styles.text}>{children}</div>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  )
}
