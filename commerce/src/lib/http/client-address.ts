import net from "node:net"
import type { IncomingMessage } from "node:http"

/** "::ffff:10.0.0.1" (an IPv4 peer of a dual-stack socket) is 10.0.0.1. */
export const normaliseAddress = (address: string): string => {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1")
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed
}

/** The proxies (IPs or CIDRs) whose X-Forwarded-For is believed. */
export function trustedProxies(entries: string[]): (address: string) => boolean {
  const list = new net.BlockList()
  for (const entry of entries) {
    const [address, prefix] = entry.split("/")
    const type = net.isIP(address) === 6 ? "ipv6" : "ipv4"
    if (prefix === undefined) list.addAddress(normaliseAddress(address), type)
    else list.addSubnet(normaliseAddress(address), Number(prefix), type)
  }
  return (address) => {
    const family = net.isIP(address)
    return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4")
  }
}

/**
 * The address of whoever sent the request. X-Forwarded-For is read only when
 * the connecting peer is a trusted proxy, and then from the right: each
 * trusted hop vouches for the one before it, and the first address no
 * trusted proxy vouches for is the client. Anything to its left could have
 * been written by the client itself.
 */
export function resolveClientAddress(req: Pick<IncomingMessage, "headers" | "socket">, isTrusted: (address: string) => boolean): string {
  let client = normaliseAddress(req.socket?.remoteAddress ?? "") || "unknown"
  if (!isTrusted(client)) return client
  const header = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map(normaliseAddress).filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    // A malformed hop ends the chain: the last address a trusted proxy gave is the best known.
    if (!net.isIP(hops[i])) return client
    client = hops[i]
    if (!isTrusted(client)) return client
  }
  return client
}
