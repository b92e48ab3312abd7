/**
 * Where a preview link may send the editor: a path on this site only (never
 * `//evil.example` or a full URL), placed under the default country when the
 * cms names it without one (`/blog/x` → `/ng/blog/x`).
 */
export function previewTarget(path: string | null, defaultCountry: string): string | null {
  if (!path || path.length > 300 || !path.startsWith("/") || path.startsWith("//") || /[\\\s]/.test(path)) return null
  if (/^\/[a-z]{2}(\/|$)/.test(path)) return path
  return `/${defaultCountry}${path === "/" ? "" : path}`
}
