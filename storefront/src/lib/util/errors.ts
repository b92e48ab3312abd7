/** One shape for every failure a backend call can end in. */
export type BackendError = {
  source: "commerce" | "cms"
  status: number | null
  message: string
}

type ErrorWithStatus = { status?: unknown; statusText?: unknown; message?: unknown; cause?: unknown }

/** Normalises SDK errors, fetch rejections and HTTP failures into a BackendError. */
export function toBackendError(source: BackendError["source"], error: unknown): BackendError {
  if (error instanceof Error || (typeof error === "object" && error !== null)) {
    const e = error as ErrorWithStatus
    const status = typeof e.status === "number" ? e.status : null
    const message =
      typeof e.message === "string" && e.message
        ? e.message
        : typeof e.statusText === "string" && e.statusText
          ? e.statusText
          : "Unknown error"
    return { source, status, message }
  }
  return { source, status: null, message: typeof error === "string" ? error : "Unknown error" }
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
