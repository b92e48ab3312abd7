/**
 * The admin's Content-Security-Policy, made per request by src/proxy.ts. Its
 * pages are rendered for each request, so Next puts the nonce on every script
 * it writes (it reads it from this header on the request); 'strict-dynamic'
 * lets those scripts load the chunks they need. Payload's code editor loads
 * Monaco from jsDelivr (its default) and runs it in blob: workers; Payload and
 * react-select style elements inline, so styles stay 'unsafe-inline'.
 */
export function adminContentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' https://cdn.jsdelivr.net${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
    "img-src 'self' data: blob: https: http:",
    "font-src 'self' data: https://cdn.jsdelivr.net",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** A fresh nonce: 128 random bits, base64. */
export const newNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
