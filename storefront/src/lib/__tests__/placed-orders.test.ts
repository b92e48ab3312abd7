import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"
import { openPlacedOrders, sealPlacedOrders } from "../data/placed-orders"

const SECRET = "a-test-secret-that-is-long-enough-1234"
const now = 1_800_000_000

describe("the placed-orders cookie", () => {
  it("reads back what it sealed, while unexpired", () => {
    const value = sealPlacedOrders([{ id: "order_1", exp: now + 60 }, { id: "order_0", exp: now - 1 }], SECRET)
    expect(openPlacedOrders(value, SECRET, now)).toEqual([{ id: "order_1", exp: now + 60 }])
  })

  it("trusts nothing it did not sign: edited, re-signed with another key, or malformed", () => {
    const value = sealPlacedOrders([{ id: "order_1", exp: now + 60 }], SECRET)
    const [payload, signature] = value.split(".")
    const forged = Buffer.from(JSON.stringify([{ id: "order_someone_elses", exp: now + 60 }])).toString("base64url")
    expect(openPlacedOrders(`${forged}.${signature}`, SECRET, now)).toEqual([])
    expect(openPlacedOrders(sealPlacedOrders([{ id: "order_1", exp: now + 60 }], "another-secret"), SECRET, now)).toEqual([])
    expect(openPlacedOrders(`${payload}.`, SECRET, now)).toEqual([])
    expect(openPlacedOrders(`${value}.x`, SECRET, now)).toEqual([])
    expect(openPlacedOrders("garbage", SECRET, now)).toEqual([])
    expect(openPlacedOrders(undefined, SECRET, now)).toEqual([])
  })
})

describe("rememberPlacedOrder / wasPlacedHere", () => {
  afterEach(() => vi.doUnmock("next/headers"))

  async function load(jar = cookieJar()) {
    vi.resetModules()
    vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
    return { ...(await import("../data/placed-orders")), jar }
  }

  it("opens the confirmation to this browser only, in a short-lived httpOnly cookie", async () => {
    const { rememberPlacedOrder, wasPlacedHere, jar, PLACED_ORDER_TTL_SECONDS } = await load()
    expect(await wasPlacedHere("order_1")).toBe(false)
    await rememberPlacedOrder("order_1")
    expect(await wasPlacedHere("order_1")).toBe(true)
    expect(await wasPlacedHere("order_2")).toBe(false)
    expect(jar.sets.at(-1)).toMatchObject({ name: "shop_orders", options: { httpOnly: true, sameSite: "lax", maxAge: PLACED_ORDER_TTL_SECONDS } })
    expect(PLACED_ORDER_TTL_SECONDS).toBeLessThanOrEqual(24 * 60 * 60)
  })

  it("remembers the cart a guest order was placed from, which opens its confirmation at commerce", async () => {
    const { rememberPlacedOrder, placedHere } = await load()
    await rememberPlacedOrder("order_1", "cart_1")
    await rememberPlacedOrder("order_2")
    expect(await placedHere("order_1")).toMatchObject({ id: "order_1", cart: "cart_1" })
    expect(await placedHere("order_2")).not.toHaveProperty("cart")
    expect(await placedHere("order_3")).toBeNull()
  })

  it("keeps the five most recent orders", async () => {
    const { rememberPlacedOrder, wasPlacedHere } = await load()
    for (let i = 1; i <= 6; i++) await rememberPlacedOrder(`order_${i}`)
    expect(await wasPlacedHere("order_1")).toBe(false)
    for (let i = 2; i <= 6; i++) expect(await wasPlacedHere(`order_${i}`)).toBe(true)
  })
})
