"use client"

import { useEffect } from "react"
import { announceCartCount } from "@/modules/account/hooks/use-visitor"

/**
 * Tells the header the count of the cart just rendered. The cart page
 * re-renders after every change, including removing a line, whose own
 * controls are gone by then, so the count is announced from here.
 */
export default function CartCountSync({ count }: { count: number }) {
  useEffect(() => announceCartCount(count), [count])
  return null
}
