import type { HTMLAttributes, ReactNode } from "react"
import styles from "./styles.module.css"

type Props = HTMLAttributes<HTMLElement> & {
  as?: "div" | "section" | "article" | "li" | "aside"
  /** `linked`: the link in the card's heading covers the whole card. `sunk`: a quieter panel. `flush`: no padding. */
  tone?: "plain" | "linked" | "sunk" | "flush"
  children: ReactNode
}

/** A surface for one thing: a course, a discussion, an address, a summary. */
export default function Card({ as: Tag = "div", tone = "plain", className, children, ...rest }: Props) {
  const classes = [styles.card, tone === "plain" ? "" : styles[tone], className ?? ""].filter(Boolean).join(" ")
  return (
    <Tag className={classes} {...rest}>
      {children}
    </Tag>
  )
}
