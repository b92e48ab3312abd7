/**
 * What to tell staff when a call to commerce failed: the browser's own
 * "Failed to fetch" and Medusa's bare "Unauthorized" mean nothing to them;
 * commerce's other messages are already written for people.
 */
export function friendlyError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof TypeError || /failed to fetch|networkerror|load failed/i.test(message)) {
    return "Commerce did not answer. Check your connection and try again in a moment."
  }
  if (/^unauthori[sz]ed$/i.test(message.trim())) return "Your session has ended: sign in again to see this page."
  if (/^Commerce answered 5\d\d$/.test(message)) return "Something went wrong in commerce. Try again in a moment; if it keeps happening, its log says why."
  return message.replace(/^Invalid request: /, "")
}
