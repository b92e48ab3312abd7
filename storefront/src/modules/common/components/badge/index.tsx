import type { ReactNode } from "react"
import styles from "./styles.module.css"

export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "danger"

/** A short label beside a title: "Free preview", "Pinned", "Moderator", "Delivered". */
export default function Badge({ tone = "neutral", children, testId }: { tone?: BadgeTone; children: ReactNode; testId?: string }) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} data-testid={testId}>
      {children}
    </span>
  )
}
