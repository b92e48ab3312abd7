import net from "node:net"

/**
 * A fixed-window counter per key, in this server's memory: enough to stop one
 * shopper hammering a form. Several storefront instances each count alone.
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const windows = new Map<string, { startedAt: number; count: number }>()
  return function allow(key: string, now = Date.now()): boolean {
    const current = windows.get(key)
    if (!current || now - current.startedAt >= windowMs) {
      if (windows.size > 10_000) windows.clear()
      windows.set(key, { startedAt: now, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= limit
  }
}

/**
 * Who is asking. Next gives a server action no socket, only headers, and it
 * fills `x-forwarded-for` with the socket's address only when the client sent
 * none. So the proxy (src/proxy.ts) moves the client's own X-Forwarded-For to
 * FORWARDED_FOR_AS_SENT on every server-action request; Next then writes the
 * connecting peer into `x-forwarded-for`, and clientAddress believes the chain
 * only as far as trusted proxies vouch for it.
 */
export const FORWARDED_FOR_AS_SENT = "x-storefront-forwarded-for"

/** For the proxy: request headers with the client's X-Forwarded-For moved aside, so Next records the peer. */
export function moveForwardedFor(headers: Headers): Headers {
  const moved = new Headers(headers)
  const sent = moved.get("x-forwarded-for")
  moved.delete("x-forwarded-for")
  moved.delete(FORWARDED_FOR_AS_SENT)
  if (sent) moved.set(FORWARDED_FOR_AS_SENT, sent)
  return moved
}

/** "::ffff:10.0.0.1" (an IPv4 peer of a dual-stack socket) is 10.0.0.1. */
const normalise = (address: string) => {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1")
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed
}

const familyOf = (address: string) => (net.isIP(address) === 6 ? "ipv6" : "ipv4")

/** Whether an entry of TRUSTED_PROXIES is an IP address or a CIDR range. */
export function isAddressOrRange(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/")
  const family = net.isIP(normalise(address))
  if (!family || rest.length) return false
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32))
}

/** TRUSTED_PROXIES (comma-separated IPs and CIDRs, as commerce reads it) as a test of one address. */
export function trustedProxies(list: string): (address: string) => boolean {
  const blocks = new net.BlockList()
  for (const entry of list.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/")
    if (prefix === undefined) blocks.addAddress(normalise(address), familyOf(normalise(address)))
    else blocks.addSubnet(normalise(address), Number(prefix), familyOf(normalise(address)))
  }
  return (address) => net.isIP(address) !== 0 && blocks.check(address, familyOf(address))
}

/**
 * The address a rate limit counts: the connecting peer, unless it is a
 * trusted proxy; then X-Forwarded-For read from the right, each trusted hop
 * vouching for the one before it. The first address no trusted proxy vouches
 * for is the client: anything left of it the client may have written itself.
 */
export function clientAddress(headers: Headers, isTrusted: (address: string) => boolean): string {
  let client = normalise(headers.get("x-forwarded-for")?.split(",").at(-1) ?? "") || "unknown"
  if (!isTrusted(client)) return client
  const hops = (headers.get(FORWARDED_FOR_AS_SENT) ?? "").split(",").map(normalise).filter(Boolean)
  for (const hop of hops.reverse()) {
    // A malformed hop ends the chain: the last address a trusted proxy gave is the best known.
    if (!net.isIP(hop)) return client
    client = hop
    if (!isTrusted(client)) return client
  }
  return client
}
