import type { ReactNode } from "react"
import styles from "./styles.module.css"

export type AlertTone = "info" | "success" | "warning" | "error"

type Props = {
  tone?: AlertTone
  children: ReactNode
  testId?: string
  className?: string
  /**
   * How it is announced. By default an error is an alert (read out at once),
   * a warning, success or note a polite status; "none" for text that was on
   * the page from the start and needs no announcement.
   */
  live?: "alert" | "status" | "none"
  as?: "div" | "p" | "section"
}

/** A message in a box: a note (info), a success, a warning or an error. */
export default function Alert({ tone = "info", children, testId, className, live, as: Tag = "div" }: Props) {
  const mode = live ?? (tone === "error" ? "alert" : "status")
  const role = mode === "none" ? undefined : mode
  return (
    <Tag role={role} className={[styles.alert, styles[tone], className ?? ""].filter(Boolean).join(" ")} data-testid={testId} data-tone={tone}>
      {children}
    </Tag>
  )
}
