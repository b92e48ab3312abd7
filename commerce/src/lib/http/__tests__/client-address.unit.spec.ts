import { resolveClientAddress, trustedProxies } from "../client-address"

const request = (remoteAddress: string, forwardedFor?: string) => ({
  socket: { remoteAddress } as never,
  headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
})

describe("client address", () => {
  const none = trustedProxies([])
  const storefront = trustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"])

  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress(request("203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9")
    expect(resolveClientAddress(request("::ffff:203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9")
  })

  it("ignores it from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress(request("198.51.100.7", "192.0.2.1"), storefront)).toBe("198.51.100.7")
  })

  it("believes a trusted proxy, reading from the right past every trusted hop", () => {
    expect(resolveClientAddress(request("::ffff:127.0.0.1", "192.0.2.1"), storefront)).toBe("192.0.2.1")
    // The client wrote "1.2.3.4" itself; the load balancer (10.1.1.1) saw 192.0.2.1.
    expect(resolveClientAddress(request("127.0.0.1", "1.2.3.4, 192.0.2.1, 10.1.1.1"), storefront)).toBe("192.0.2.1")
    expect(resolveClientAddress(request("fd00::5", "2001:db8::1"), storefront)).toBe("2001:db8::1")
  })

  it("stops at a malformed hop, and falls back to the proxy without a header", () => {
    expect(resolveClientAddress(request("127.0.0.1", "not-an-ip, 10.2.2.2"), storefront)).toBe("10.2.2.2")
    expect(resolveClientAddress(request("127.0.0.1"), storefront)).toBe("127.0.0.1")
    expect(resolveClientAddress(request("127.0.0.1", "10.3.3.3, 10.2.2.2"), storefront)).toBe("10.3.3.3")
  })
})
