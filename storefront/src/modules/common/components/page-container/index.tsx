import type { HTMLAttributes, ReactNode } from "react"
import styles from "./styles.module.css"

type Props = HTMLAttributes<HTMLElement> & {
  as?: "div" | "article" | "section"
  /** `narrow` for forms and long reading; `wide` (default) for everything else. */
  width?: "wide" | "narrow"
  /** Space the page's direct children evenly. */
  stack?: boolean
  children: ReactNode
}

/** Every page's frame: the shop's one width and side margins. */
export default function PageContainer({ as: Tag = "div", width = "wide", stack = false, className, children, ...rest }: Props) {
  const classes = [styles.container, width === "narrow" ? styles.narrow : "", stack ? styles.stack : "", className ?? ""].filter(Boolean).join(" ")
  return (
    <Tag className={classes} data-page-container="" {...rest}>
      {children}
    </Tag>
  )
}
