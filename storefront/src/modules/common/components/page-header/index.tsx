import Link from "next/link"
import type { ReactNode } from "react"
import styles from "./styles.module.css"

export type Crumb = { href: string; label: string }

type Props = {
  title: ReactNode
  /** The pages above this one, nearest last: "Community › Book club". */
  trail?: Crumb[]
  lead?: ReactNode
  actions?: ReactNode
  headingId?: string
  titleTestId?: string
  children?: ReactNode
}

/** A page's title block: where it sits, its h1, one line on what it is, and its main actions. */
export default function PageHeader({ title, trail, lead, actions, headingId, titleTestId, children }: Props) {
  return (
    <header className={styles.header}>
      {trail && trail.length > 0 && (
        <nav aria-label="You are here">
          <p className={styles.trail}>
            {trail.map((crumb, i) => (
              <span key={crumb.href}>
                {i > 0 && <span aria-hidden="true">› </span>}
                <Link href={crumb.href}>{crumb.label}</Link>
              </span>
            ))}
          </p>
        </nav>
      )}
      <h1 id={headingId} data-testid={titleTestId}>
        {title}
      </h1>
      {lead && <div className={styles.lead}>{lead}</div>}
      {children}
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  )
}
