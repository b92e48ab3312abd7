import "server-only"
import { cookies } from "next/headers"
import { env } from "../env"

/** Cookie names; neither is readable from the browser's JavaScript. */
export const CART_COOKIE = "shop_cart"
export const AUTH_COOKIE = "shop_session"
/** A vendor member's Medusa JWT (the `vendor` actor), apart from any shop sign-in in the same browser. */
export const VENDOR_AUTH_COOKIE = "vendor_session"
/** The country a Paystack payment was started from: Paystack returns to one fixed, country-less URL. */
export const CHECKOUT_COUNTRY_COOKIE = "shop_checkout"

const DAY = 60 * 60 * 24
/** A guest cart is kept for a month of inactivity, like most shops do. */
export const CART_MAX_AGE = 30 * DAY
/** Long enough to pay at Paystack, short enough not to linger. */
const CHECKOUT_COUNTRY_MAX_AGE = 60 * 60
/** Used when a token carries no readable expiry (Medusa's default lifetime is one day). */
const FALLBACK_TOKEN_MAX_AGE = DAY

export type SessionCookieOptions = {
  httpOnly: true
  sameSite: "lax"
  secure: boolean
  path: "/"
  maxAge: number
}

/**
 * Options for both cookies. `Lax` keeps them on top-level navigations from
 * other sites (a link in an email) but off cross-site form posts; `Secure`
 * only in production, where the site is served over HTTPS.
 */
export function sessionCookieOptions(maxAge: number, nodeEnv: string = env.NODE_ENV): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: nodeEnv === "production", path: "/", maxAge }
}

/**
 * Seconds until a JWT expires, read from its `exp` claim (not verified:
 * Medusa verifies the token on every call, this only stops the cookie
 * outliving it). Null for a token that is malformed or already expired.
 */
export function tokenMaxAge(token: string, nowMs: number = Date.now()): number | null {
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const { exp } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }
    if (typeof exp !== "number") return FALLBACK_TOKEN_MAX_AGE
    const seconds = Math.floor(exp - nowMs / 1000)
    return seconds > 0 ? seconds : null
  } catch {
    return null
  }
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

/** Only in a server action or route handler: Next refuses to set cookies while rendering. */
export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, sessionCookieOptions(CART_MAX_AGE))
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete({ name: CART_COOKIE, path: "/" })
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined
}

/** Stores the customer's Medusa JWT for as long as the token itself is valid. */
export async function setAuthToken(token: string): Promise<void> {
  const maxAge = tokenMaxAge(token)
  if (maxAge === null) throw new Error("Refusing to store an expired or malformed session token")
  ;(await cookies()).set(AUTH_COOKIE, token, sessionCookieOptions(maxAge))
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete({ name: AUTH_COOKIE, path: "/" })
}

/** The Authorization header for a call made on the signed-in customer's behalf, or none. */
export async function authHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Only in a server action or route handler. */
export async function setCheckoutCountry(countryCode: string): Promise<void> {
  ;(await cookies()).set(CHECKOUT_COUNTRY_COOKIE, countryCode, sessionCookieOptions(CHECKOUT_COUNTRY_MAX_AGE))
}

/** The country checkout was started from, when it is a well-formed code. */
export async function getCheckoutCountry(): Promise<string | undefined> {
  const value = (await cookies()).get(CHECKOUT_COUNTRY_COOKIE)?.value
  return value && /^[a-z]{2}$/.test(value) ? value : undefined
}

export async function removeCheckoutCountry(): Promise<void> {
  ;(await cookies()).delete({ name: CHECKOUT_COUNTRY_COOKIE, path: "/" })
}

export async function getVendorToken(): Promise<string | undefined> {
  return (await cookies()).get(VENDOR_AUTH_COOKIE)?.value || undefined
}

/** Stores a vendor member's JWT for as long as the token itself is valid (only in a server action). */
export async function setVendorToken(token: string): Promise<void> {
  const maxAge = tokenMaxAge(token)
  if (maxAge === null) throw new Error("Refusing to store an expired or malformed vendor token")
  ;(await cookies()).set(VENDOR_AUTH_COOKIE, token, sessionCookieOptions(maxAge))
}

export async function removeVendorToken(): Promise<void> {
  ;(await cookies()).delete({ name: VENDOR_AUTH_COOKIE, path: "/" })
}
