import { vi } from "vitest"
import { cookieJar } from "./cookie-jar"

/** A JSON response, as commerce answers. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

export type Call = { method: string; path: string; headers: Headers; body: unknown }

/** A fake commerce answering the store routes with `answer` (the publishable key route answers itself); `calls` records the rest. */
export function fakeCommerce(answer: (call: Call) => Response = () => json({})) {
  const calls: Call[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    const call = { method: init.method ?? "GET", path: url.pathname, headers: new Headers(init.headers), body: init.body ? JSON.parse(String(init.body)) : undefined }
    calls.push(call)
    return answer(call)
  })
  return { fetchImpl, calls }
}

/** Fresh modules that talk to `fake` with the cookies of `jar`: import the server actions after this. */
export function useFakeCommerce(fake: ReturnType<typeof fakeCommerce>, jar = cookieJar({ shop_session: "token-1" })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
}

/** Where a server action redirected (Next throws a redirect error whose digest holds the path), or null. */
export const redirectTarget = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { digest?: string } | null
  return error?.digest?.split(";")[2] ?? null
}

/** A submitted form of the "ng" store. */
export const form = (fields: Record<string, string>) => {
  const data = new FormData()
  data.set("countryCode", "ng")
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
