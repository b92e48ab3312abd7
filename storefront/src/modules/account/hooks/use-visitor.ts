"use client"

import { usePathname } from "next/navigation"
import { useEffect, useSyncExternalStore } from "react"

/** What `/api/session` answers: the cart count and whether someone is signed in. */
export type Visitor = { cartCount: number | null; customer: { firstName: string | null } | null }

/** Sent by anything that changes the cart (the book page's button, the cart page). */
export const CART_CHANGED_EVENT = "cart:changed"

// One store for the whole page, so the cart and account links share one fetch.
let visitor: Visitor | null = null
let cartVersion = 0
let loadedPath: string | null = null
const listeners = new Set<() => void>()

function publish(next: Visitor) {
  visitor = next
  for (const listener of listeners) listener()
}

function load(path: string) {
  if (loadedPath === path) return
  loadedPath = path
  const startedAt = cartVersion
  fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
    .then((res) => (res.ok ? (res.json() as Promise<Visitor>) : null))
    .then((fresh) => {
      if (!fresh) return
      // A cart change announced while this was in flight is newer than its count.
      publish(startedAt === cartVersion ? fresh : { ...fresh, cartCount: visitor?.cartCount ?? fresh.cartCount })
    })
    .catch(() => {
      loadedPath = null
    })
}

function onCartChanged(event: Event) {
  const count = (event as CustomEvent<{ count?: unknown }>).detail?.count
  cartVersion += 1
  if (typeof count === "number" && visitor) publish({ ...visitor, cartCount: count })
  else {
    loadedPath = null
    load(window.location.pathname)
  }
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener(CART_CHANGED_EVENT, onCartChanged)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener(CART_CHANGED_EVENT, onCartChanged)
  }
}

/**
 * The visitor's state, or null until it has arrived. Fetched after the page
 * renders (cached pages hold nothing per visitor) and again on each
 * navigation, since signing in or out ends in one.
 */
export function useVisitor(): Visitor | null {
  const pathname = usePathname()
  useEffect(() => load(pathname), [pathname])
  return useSyncExternalStore(subscribe, () => visitor, () => null)
}

/** Tells the header (and anything else listening) how many items the cart now holds. */
export function announceCartCount(count: number) {
  window.dispatchEvent(new CustomEvent(CART_CHANGED_EVENT, { detail: { count } }))
}
