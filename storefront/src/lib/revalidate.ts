import { timingSafeEqual } from "node:crypto"
import { z } from "zod"

const bodySchema = z.object({
  tags: z
    .array(z.string().min(1, "a tag must not be empty").max(256, "a tag must be at most 256 characters"))
    .min(1, "tags must name at least one tag")
    .max(100, "at most 100 tags at once"),
})

/** Compares secrets in constant time (for equal lengths). */
export function secretMatches(given: string | null, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export type RevalidateResult = { status: number; body: Record<string, unknown> }

/**
 * Checks a revalidation request from commerce or the cms and expires the
 * named cache tags. Kept apart from the route so it can be tested directly.
 */
export async function handleRevalidate(
  request: Request,
  secret: string,
  expire: (tag: string) => void
): Promise<RevalidateResult> {
  if (!secretMatches(request.headers.get("x-revalidate-secret"), secret)) {
    return { status: 401, body: { message: "Missing or wrong x-revalidate-secret header" } }
  }
  let json: unknown
  try {
    json = await request.json()
  } catch {
    return { status: 400, body: { message: "Body must be JSON like {\"tags\": [\"product:handle\"]}" } }
  }
  const parsed = bodySchema.safeParse(json)
  if (!parsed.success) {
    return { status: 400, body: { message: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") } }
  }
  const tags = [...new Set(parsed.data.tags)]
  tags.forEach(expire)
  return { status: 200, body: { revalidated: tags } }
}
