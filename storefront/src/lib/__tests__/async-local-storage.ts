import { AsyncLocalStorage } from "node:async_hooks"

// Next's servers put AsyncLocalStorage on globalThis before loading their own
// modules; its testing helpers (next/experimental/testing/server) expect it there.
;(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage
