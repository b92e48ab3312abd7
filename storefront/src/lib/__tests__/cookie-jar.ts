import { vi } from "vitest"

export type SetCall = { name: string; value: string; options: Record<string, unknown> }

/**
 * Stands in for the cookie store `next/headers` gives a request, so data
 * functions can be run outside Next. Records every `set` and `delete`.
 */
export function cookieJar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  const sets: SetCall[] = []
  const deletes: { name: string; path?: string }[] = []
  const store = {
    get: (name: string) => (values.has(name) ? { name, value: values.get(name)! } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      values.set(name, value)
      sets.push({ name, value, options })
    },
    delete: (arg: string | { name: string; path?: string }) => {
      const entry = typeof arg === "string" ? { name: arg } : arg
      values.delete(entry.name)
      deletes.push(entry)
    },
  }
  const cookies = vi.fn(async () => store)
  return { cookies, values, sets, deletes }
}
