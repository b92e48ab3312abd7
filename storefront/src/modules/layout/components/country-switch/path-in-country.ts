/**
 * The same page under another country: `/ng/cart` becomes `/us/cart`. Only a
 * path on this site is accepted, so the switch cannot be used to send a
 * shopper to another site.
 */
export function pathInCountry(from: string | null, to: string): string {
  if (!from || !from.startsWith("/") || from.startsWith("//") || from.includes("\\")) return `/${to}`
  const rest = from.replace(/^\/[a-z]{2}(?=\/|$)/i, "")
  return `/${to}${rest === "/" ? "" : rest}`
}
