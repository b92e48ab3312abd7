"use client"

import { useEffect, useId, useRef, useState, type ReactNode } from "react"
import styles from "./styles.module.css"

/**
 * The listing's filters: behind a "Filter" button on phones (a disclosure
 * with aria-expanded; Escape closes it and returns focus to the button),
 * always open beside the books from 60rem, where the button is gone.
 */
export default function FilterDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [open])
  return (
    <div className={styles.disclosure}>
      <button
        ref={button}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
        data-testid="filter-toggle"
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" className={styles.icon}>
          <path d="M3 4h14v2H3zM6 9h8v2H6zM8.5 14h3v2h-3z" />
        </svg>
        Filter and sort
        {active > 0 && <span className={styles.count}>{active}</span>}
      </button>
      <div id={id} className={styles.region} data-open={open || undefined} data-filters="">
        {children}
      </div>
      <noscript>
        <style>{`[data-filters]{display:block!important}`}</style>
      </noscript>
    </div>
  )
}
