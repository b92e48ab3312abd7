/**
 * The storefront's security headers, set on every response by next.config.ts.
 *
 * Scripts: published pages are static or ISR and served from Next's cache to
 * every visitor, so they cannot carry a per-request nonce, and Next's inline
 * bootstrap scripts (the RSC payload, `self.__next_f.push(...)`) differ per
 * page, so no fixed hash list covers them: `script-src` keeps 'unsafe-inline'
 * for them and allows no other origin. Everything else is held tight: no
 * plugins, no <base> rewriting, frames only from the video hosts lessons embed
 * (the seed's YouTube privacy-mode player, or Vimeo), forms only to this site,
 * Paystack and Flutterwave, and nobody may frame the shop (the cms admin opens previews in
 * a new tab). Images come from commerce, the cms and ImageKit, whose public
 * addresses this server does not know, so any http(s) image is allowed.
 */
export const VIDEO_EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
export const PAYSTACK_CHECKOUT_ORIGIN = "https://checkout.paystack.com"
/** Flutterwave Standard's hosted payment links. */
export const FLUTTERWAVE_CHECKOUT_ORIGIN = "https://checkout.flutterwave.com"

export function contentSecurityPolicy(production: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its stack traces.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https: http:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${VIDEO_EMBED_ORIGINS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    // Without JavaScript "Pay" is a form post answered with a redirect to Paystack or Flutterwave.
    `form-action 'self' ${PAYSTACK_CHECKOUT_ORIGIN} ${FLUTTERWAVE_CHECKOUT_ORIGIN}${production ? "" : " http://localhost:*"}`,
    "frame-ancestors 'none'",
  ].join("; ")
}

export function securityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    // Production is served over HTTPS; a browser then never tries plain HTTP for two years.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ]
}
