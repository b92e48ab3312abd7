/** One shape for every failure a backend call can end in. */
export type BackendError = {
  source: "commerce" | "cms"
  /** The HTTP status the backend answered with; null when it never answered. */
  status: number | null
  message: string
}

type ErrorLike = { status?: unknown; statusText?: unknown; message?: unknown; cause?: unknown; name?: unknown }

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

/**
 * Normalises what a backend call can throw: the js-sdk's FetchError
 * (`status`, `statusText`, `message`), our HttpError, a refused connection
 * (`TypeError: fetch failed` with a `cause.code`), a timeout, or anything else.
 */
export function toBackendError(source: BackendError["source"], error: unknown): BackendError {
  if (typeof error !== "object" || error === null) {
    return { source, status: null, message: text(error) ?? "Unknown error" }
  }
  const e = error as ErrorLike
  const status = typeof e.status === "number" ? e.status : null
  if (e.name === "TimeoutError") return { source, status, message: "timed out" }
  const causeCode = text((e.cause as { code?: unknown } | undefined)?.code)
  const message = text(e.message) ?? text(e.statusText) ?? "Unknown error"
  return { source, status, message: causeCode ? `${message} (${causeCode})` : message }
}

/** Thrown by our own fetch helpers for a non-2xx answer. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = "HttpError"
  }
}

/** What `load` gives, or null when commerce answers 404; any other failure is thrown. */
export async function nullOn404<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load
  } catch (error) {
    if (toBackendError("commerce", error).status === 404) return null
    throw error
  }
}
