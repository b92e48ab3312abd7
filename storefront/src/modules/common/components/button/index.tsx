import Link from "next/link"
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from "react"
import styles from "./styles.module.css"

export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger"
export type ButtonSize = "sm" | "md" | "lg"

type Look = { variant?: ButtonVariant; size?: ButtonSize; block?: boolean; className?: string }

/** The class names of a button look, for the rare element that is neither a button nor a link (a download anchor). */
export function buttonClass({ variant = "primary", size = "md", block = false, className }: Look = {}): string {
  return [styles.button, styles[variant], size === "md" ? "" : styles[size], block ? styles.block : "", className ?? ""].filter(Boolean).join(" ")
}

/** Shown inside a button while its work is under way; the text beside it says what is happening. */
export function Spinner() {
  return <span className={styles.spinner} aria-hidden="true" />
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  Look & {
    /** Working: the button cannot be pressed again and shows `pendingText` when given. */
    pending?: boolean
    pendingText?: ReactNode
  }

/** Every button of the shop: primary (one per view), secondary, quiet (link-like) or danger. */
export function Button({ variant, size, block, className, pending = false, pendingText, type = "button", disabled, children, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass({ variant, size, block, className })}
      disabled={disabled || pending}
      aria-disabled={disabled || pending || undefined}
      data-pending={pending || undefined}
      {...rest}
    >
      {pending && <Spinner />}
      {pending && pendingText ? pendingText : children}
    </button>
  )
}

type ButtonLinkProps = ComponentProps<typeof Link> & Look

/** A link that looks like a button: for moving somewhere (checkout, a course), not for doing something. */
export function ButtonLink({ variant, size, block, className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClass({ variant, size, block, className })} {...rest} />
}
