"use client"

import { usePathname } from "next/navigation"
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react"
import styles from "@/modules/layout/components/site-header/styles.module.css"

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])'
/** The header's breakpoint (48rem): from here the links sit in the bar and the menu button is gone. */
const WIDE = "(min-width: 48rem)"

/**
 * The header's links, search, account and country. From 48rem they sit in
 * the bar; below it they fold behind a "Menu" button (a disclosure: focus
 * stays inside while it is open, Escape closes it and returns focus to the
 * button, and it closes on navigation). `after` (the cart) stays in the bar.
 */
export default function SiteMenu({ children, after }: { children: ReactNode; after: ReactNode }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const pathname = usePathname()

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }, [])

  useEffect(() => close(false), [pathname, close])

  useEffect(() => {
    if (!open) return
    const wide = window.matchMedia(WIDE)
    const onWide = () => wide.matches && close(false)
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault()
        close(true)
      } else if (event.key === "Tab") {
        // The button and the panel's controls form a loop while the menu is open.
        const items = [button.current, ...Array.from(panel.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
          (el): el is HTMLElement => !!el && el.offsetParent !== null,
        )
        const at = items.indexOf(document.activeElement as HTMLElement)
        const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === -1 || at === items.length - 1 ? 0 : at + 1
        event.preventDefault()
        items[next]?.focus()
      }
    }
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !button.current?.contains(target)) close(false)
    }
    document.addEventListener("keydown", onKey)
    document.addEventListener("pointerdown", onPointer)
    wide.addEventListener("change", onWide)
    return () => {
      document.removeEventListener("keydown", onKey)
      document.removeEventListener("pointerdown", onPointer)
      wide.removeEventListener("change", onWide)
    }
  }, [open, close])

  return (
    <>
      <div
        ref={panel}
        id={panelId}
        className={styles.panel}
        data-open={open || undefined}
        data-site-menu=""
        onClick={(event) => {
          // A link to the page already shown changes no path, so the click itself closes the menu.
          if ((event.target as HTMLElement).closest("a")) close(false)
        }}
      >
        {children}
      </div>
      {after}
      <button
        ref={button}
        type="button"
        className={styles.menuButton}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        data-testid="menu-button"
      >
        {/* Bars drawn as filled shapes: a stroked, perfectly flat path can vanish in some renderers. */}
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className={styles.menuIcon}>
          {open ? (
            <path d="M5.4 4 16 14.6 14.6 16 4 5.4zM14.6 4 16 5.4 5.4 16 4 14.6z" />
          ) : (
            <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
          )}
        </svg>
        <span className={styles.menuLabel}>Menu</span>
      </button>
    </>
  )
}
