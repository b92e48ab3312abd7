import { describe, expect, it } from "vitest"
import { parseEnv } from "../env"
import { clientAddress, createRateLimiter, FORWARDED_FOR_AS_SENT, isAddressOrRange, moveForwardedFor, trustedProxies } from "../util/rate-limit"

/** The headers a server action sees after the proxy moved the client's X-Forwarded-For and Next wrote the peer. */
const seen = (peer: string, sentByClient?: string) => {
  const headers = new Headers({ "x-forwarded-for": peer })
  if (sentByClient) headers.set(FORWARDED_FOR_AS_SENT, sentByClient)
  return headers
}

describe("TRUSTED_PROXIES", () => {
  it("takes IPs and CIDR ranges, v4 and v6, and names an entry that is neither", () => {
    for (const entry of ["10.0.0.1", "10.0.0.0/8", "::1", "fd00::/8", "::ffff:127.0.0.1"]) expect(isAddressOrRange(entry)).toBe(true)
    for (const entry of ["storefront", "10.0.0.0/33", "::1/129", "10.0.0.1/8/1", "10.0.0.0/x"]) expect(isAddressOrRange(entry)).toBe(false)
    expect(parseEnv({ NODE_ENV: "development", TRUSTED_PROXIES: " 10.0.0.0/8, 127.0.0.1 ,::1" }).TRUSTED_PROXIES).toBe(" 10.0.0.0/8, 127.0.0.1 ,::1")
    expect(() => parseEnv({ NODE_ENV: "development", TRUSTED_PROXIES: "127.0.0.1,storefront" })).toThrow(
      'TRUSTED_PROXIES: "storefront" is not an IP address or CIDR range'
    )
  })

  it("matches addresses inside the ranges, including an IPv4 peer of a dual-stack socket", () => {
    const trusted = trustedProxies("10.0.0.0/8, ::1")
    expect(trusted("10.1.2.3")).toBe(true)
    expect(trusted("::1")).toBe(true)
    expect(trusted("11.0.0.1")).toBe(false)
    expect(trusted("not an address")).toBe(false)
    expect(clientAddress(seen("::ffff:10.0.0.5", "203.0.113.7"), trusted)).toBe("203.0.113.7")
  })
})

describe("clientAddress", () => {
  const none = trustedProxies("")
  const lb = trustedProxies("10.0.0.0/8")

  it("is the connecting peer when no proxy is trusted, whatever X-Forwarded-For the client sent", () => {
    expect(clientAddress(seen("198.51.100.9", "1.2.3.4"), none)).toBe("198.51.100.9")
    expect(clientAddress(seen("198.51.100.9", "1.2.3.4, 5.6.7.8"), none)).toBe("198.51.100.9")
  })

  it("reads X-Forwarded-For from the right behind a trusted proxy, stopping at the first address it does not trust", () => {
    expect(clientAddress(seen("10.0.0.2", "203.0.113.7"), lb)).toBe("203.0.113.7")
    // The client wrote 1.2.3.4 itself; the load balancer appended the address it saw.
    expect(clientAddress(seen("10.0.0.2", "1.2.3.4, 203.0.113.7"), lb)).toBe("203.0.113.7")
    expect(clientAddress(seen("10.0.0.2", "203.0.113.7, 10.0.0.9"), lb)).toBe("203.0.113.7")
  })

  it("keeps the last vouched-for address when the chain is malformed or empty", () => {
    expect(clientAddress(seen("10.0.0.2", "junk, 10.0.0.9"), lb)).toBe("10.0.0.9")
    expect(clientAddress(seen("10.0.0.2"), lb)).toBe("10.0.0.2")
    expect(clientAddress(new Headers(), none)).toBe("unknown")
  })
})

describe("moveForwardedFor", () => {
  it("moves the client's X-Forwarded-For aside and drops a forged copy of the moved header", () => {
    const moved = moveForwardedFor(new Headers({ "x-forwarded-for": "1.2.3.4", [FORWARDED_FOR_AS_SENT]: "forged", cookie: "a=b" }))
    expect(moved.get("x-forwarded-for")).toBeNull()
    expect(moved.get(FORWARDED_FOR_AS_SENT)).toBe("1.2.3.4")
    expect(moved.get("cookie")).toBe("a=b")
    const forgedOnly = moveForwardedFor(new Headers({ [FORWARDED_FOR_AS_SENT]: "forged" }))
    expect(forgedOnly.get(FORWARDED_FOR_AS_SENT)).toBeNull()
  })
})

describe("createRateLimiter", () => {
  it("allows `limit` calls per key and window, then refuses until the window ends", () => {
    const allow = createRateLimiter({ limit: 2, windowMs: 1_000 })
    expect([allow("a", 0), allow("a", 10), allow("a", 20), allow("b", 20)]).toEqual([true, true, false, true])
    expect(allow("a", 1_000)).toBe(true)
  })
})
