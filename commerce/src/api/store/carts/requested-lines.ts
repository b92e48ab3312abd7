/** A line a shopper asks for, as Medusa's validators left it. */
export type RequestedLine = { variant_id?: string; requires_shipping?: boolean }

/**
 * The lines in a validated cart request: the one line of
 * `POST /store/carts/:id/line-items`, or the `items` of `POST /store/carts`.
 * Both reach Medusa's line-item preparation, which honours `requires_shipping`.
 */
export function requestedLines(validatedBody: unknown): RequestedLine[] {
  const body = validatedBody as (RequestedLine & { items?: RequestedLine[] }) | undefined
  if (!body) return []
  if (body.variant_id) return [body]
  return Array.isArray(body.items) ? body.items.filter((line) => !!line?.variant_id) : []
}
