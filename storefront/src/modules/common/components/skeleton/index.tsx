import type { CSSProperties } from "react"
import styles from "./styles.module.css"

type Props = { shape?: "text" | "heading" | "block" | "card"; width?: CSSProperties["width"]; height?: CSSProperties["height"]; as?: "span" | "div" | "li" }

/** A grey placeholder of the size of what is loading, so the page does not jump when it arrives. */
export default function Skeleton({ shape = "text", width, height, as: Tag = "span" }: Props) {
  return <Tag className={`${styles.skeleton} ${styles[shape]}`} style={{ width, height }} aria-hidden="true" />
}
