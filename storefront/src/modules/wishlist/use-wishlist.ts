"use client"

import { useEffect, useSyncExternalStore } from "react"
import { removeFromWishlistAction, saveToWishlistAction } from "@/lib/actions/wishlist"
import { useVisitor } from "@/modules/account/hooks/use-visitor"

/** Where a signed-out reader's wishlist lives: this browser, until they sign in. */
export const BROWSER_WISHLIST_KEY = "wishlist:v1"

/** `merged`: how many ids the browser handed to the account on this page (0 when none). */
type State = { ids: ReadonlySet<string>; ready: boolean; signedIn: boolean; merged: number }

// One store for the page, so every button shares one read (and one merge).
let state: State = { ids: new Set(), ready: false, signedIn: false, merged: 0 }
let loadedFor: "signed-in" | "signed-out" | null = null
const listeners = new Set<() => void>()

function publish(next: Partial<State>) {
  state = { ...state, ...next }
  for (const listener of listeners) listener()
}

function readBrowserList(): string[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(BROWSER_WISHLIST_KEY) ?? "[]")
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string").slice(0, 100) : []
  } catch {
    return []
  }
}

function writeBrowserList(ids: Iterable<string>) {
  try {
    const list = [...ids]
    if (list.length) window.localStorage.setItem(BROWSER_WISHLIST_KEY, JSON.stringify(list))
    else window.localStorage.removeItem(BROWSER_WISHLIST_KEY)
  } catch {
    // Storage refused (private mode, full): the page still shows the choice.
  }
}

/**
 * Signed out: the browser's list. Signed in: the account's, after merging
 * what the browser kept while signed out (then the browser's is cleared).
 */
async function load(signedIn: boolean) {
  const mode = signedIn ? "signed-in" : "signed-out"
  if (loadedFor === mode) return
  loadedFor = mode
  if (!signedIn) return publish({ ids: new Set(readBrowserList()), ready: true, signedIn })
  const kept = readBrowserList()
  if (kept.length) {
    const merged = await saveToWishlistAction(kept)
    if (merged.ok) {
      writeBrowserList([])
      return publish({ ids: new Set(merged.productIds), ready: true, signedIn, merged: kept.length })
    }
  }
  try {
    const res = await fetch("/api/wishlist", { cache: "no-store", credentials: "same-origin" })
    const body = (await res.json()) as { productIds?: string[] | null }
    publish({ ids: new Set(body.productIds ?? []), ready: true, signedIn })
  } catch {
    loadedFor = null
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export type Wishlist = {
  ready: boolean
  /** How many books the browser's list handed to the account on this page. */
  merged: number
  saved: (productId: string) => boolean
  /** Saves or unsaves; answers an error sentence, or null. */
  toggle: (productId: string) => Promise<string | null>
}

/** The reader's wishlist, shared by every wishlist button on the page. */
export function useWishlist(): Wishlist {
  const visitor = useVisitor()
  const current = useSyncExternalStore(subscribe, () => state, () => state)
  const signedIn = visitor ? !!visitor.customer : null
  useEffect(() => {
    if (signedIn !== null) void load(signedIn)
  }, [signedIn])

  const toggle = async (productId: string): Promise<string | null> => {
    const wasSaved = state.ids.has(productId)
    const next = new Set(state.ids)
    if (wasSaved) next.delete(productId)
    else next.add(productId)
    const before = state.ids
    publish({ ids: next })
    if (!state.signedIn) {
      writeBrowserList(next)
      return null
    }
    const result = wasSaved ? await removeFromWishlistAction(productId) : await saveToWishlistAction([productId])
    if (result.ok) return null
    publish({ ids: before })
    return result.error
  }

  return { ready: current.ready && signedIn !== null, merged: current.merged, saved: (id) => current.ids.has(id), toggle }
}
