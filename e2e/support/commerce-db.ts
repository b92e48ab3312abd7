import pg from "pg"

/**
 * The commerce database the stack under test writes to: E2E_COMMERCE_DATABASE_URL
 * when set; `e2e_commerce` on the server in PG_SERVER_URL or DATABASE_URL (how
 * `npm test` starts the stack); otherwise the embedded server of the stack under test.
 */
export function commerceDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.E2E_COMMERCE_DATABASE_URL) return env.E2E_COMMERCE_DATABASE_URL
  const server = env.PG_SERVER_URL || env.DATABASE_URL
  if (server) {
    const url = new URL(server)
    url.pathname = "/e2e_commerce"
    return url.toString()
  }
  // Alone, the production stack runs its own embedded server (tools/dev/e2e-stack.mjs);
  // E2E_TARGET=dev reuses `npm run dev` and its database.
  return env.E2E_TARGET === "dev"
    ? "postgres://postgres:postgres@localhost:54329/commerce"
    : "postgres://postgres:postgres@localhost:54332/e2e_commerce"
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: commerceDatabaseUrl() })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/**
 * The reset link commerce sent to `email` most recently after `since`,
 * waiting for the notification to be written (it is made by a subscriber,
 * after the HTTP answer).
 */
export async function latestResetLink(email: string, since: Date, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await query<{ reset_url: string | null }>(
      `select data->>'reset_url' as reset_url from notification
        where "to" = $1 and template = $2 and created_at >= $3
        order by created_at desc limit 1`,
      [email, "customer-password-reset", since]
    )
    if (rows[0]?.reset_url) return rows[0].reset_url
    if (Date.now() > deadline) throw new Error(`no password reset notification for ${email} since ${since.toISOString()}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The orders commerce made from a cart (Medusa's cart–order link): exactly one after a paid checkout. */
export async function ordersForCart(cartId: string): Promise<string[]> {
  const rows = await query<{ order_id: string }>(`select order_id from order_cart where cart_id = $1 and deleted_at is null`, [cartId])
  return rows.map((row) => row.order_id)
}

/** The ebook links in the order-placed email commerce sent for `orderId` (guests only), waiting for it to be written. */
export async function emailedEbookLinks(orderId: string, timeoutMs = 20_000): Promise<{ title: string; url: string }[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await query<{ links: { title: string; url: string }[] | null }>(
      `select data->'ebook_links' as links from notification where resource_id = $1 and template = $2 limit 1`,
      [orderId, "order-placed"]
    )
    if (rows[0]) return rows[0].links ?? []
    if (Date.now() > deadline) throw new Error(`no order-placed notification for ${orderId}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * The "View your order" link in the order-placed email commerce sent for
 * `orderId`: a guest's carries a signed token that opens the confirmation in
 * any browser. Waits for the notification to be written.
 */
export async function emailedOrderLink(orderId: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await query<{ url: string | null }>(
      `select data->>'order_url' as url from notification where resource_id = $1 and template = $2 limit 1`,
      [orderId, "order-placed"]
    )
    if (rows[0]?.url) return rows[0].url
    if (Date.now() > deadline) throw new Error(`no order-placed notification with an order link for ${orderId}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The community-reply notification commerce sent to `email` about the discussion titled `title`, waiting for it to be written. */
export async function communityReplyNotification(email: string, title: string, timeoutMs = 20_000): Promise<{ reply_author: string; discussion_url: string }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await query<{ data: { reply_author: string; discussion_url: string } }>(
      `select data from notification where "to" = $1 and template = $2 and data->>'discussion_title' = $3 limit 1`,
      [email, "community-reply", title]
    )
    if (rows[0]) return rows[0].data
    if (Date.now() > deadline) throw new Error(`no community-reply notification for ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * The link in the newest verification email commerce sent to `email` (made by
 * a subscriber after the account is created), waiting for it to be written.
 */
export async function emailedVerificationLink(email: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await query<{ url: string | null }>(
      `select data->>'verify_url' as url from notification where "to" = $1 and template = $2 order by created_at desc limit 1`,
      [email, "customer-verify-email"]
    )
    if (rows[0]?.url) return rows[0].url
    if (Date.now() > deadline) throw new Error(`no verification email for ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The one-time link in the newest marketplace email of `template` ("vendor-decision", "vendor-member-invite") to `email`, waiting for it to be written. */
export async function emailedVendorJoinLink(email: string, template: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await query<{ url: string | null }>(
      `select data->>'join_url' as url from notification where "to" = $1 and template = $2 order by created_at desc limit 1`,
      [email, template]
    )
    if (rows[0]?.url) return rows[0].url
    if (Date.now() > deadline) throw new Error(`no ${template} email with a link for ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
